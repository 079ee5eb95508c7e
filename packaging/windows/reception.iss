; Inno Setup script of the desk installer (Inno Setup 6). Built by .github/workflows/windows.yml:
;   iscc /DAppVersion=0.1.0 packaging\windows\reception.iss
; from the PyInstaller folder dist\reception (make dist). It installs for all users into Program Files
; (IT installs, the receptionist does not need to be an administrator), adds the Start-menu entry
; "Console d'accueil", and puts the folder on the system PATH so `reception` works in any console.
; The data (database, backups, logs) is not installed: the console creates it in the user's profile
; (%LOCALAPPDATA%\Technopark\reception) at its first start, and an uninstall leaves it there.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Console d'accueil"
#define DistDir "..\..\dist\reception"

[Setup]
AppId={{6F1C5B0E-4D7A-4C38-9E0B-5B2D7C1A9E21}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Technopark
DefaultDirName={autopf}\Console d'accueil
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesEnvironment=yes
OutputDir=..\..\dist
OutputBaseFilename=console-accueil-{#AppVersion}-setup
SetupIconFile=reception.ico
UninstallDisplayIcon={app}\reception-console.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\reception-console.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\reception-console.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; `reception` on the PATH of every user (added once; removed again at uninstall, see [Code]).
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; \
  ValueName: "Path"; ValueData: "{olddata};{app}"; Check: NotOnPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\reception-console.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
const
  EnvironmentKey = 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment';

function NotOnPath(Folder: string): Boolean;
var
  Paths: string;
begin
  if not RegQueryStringValue(HKLM, EnvironmentKey, 'Path', Paths) then
    Result := True
  else
    Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Paths, Folder: string;
  At: Integer;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  Folder := ExpandConstant('{app}');
  if not RegQueryStringValue(HKLM, EnvironmentKey, 'Path', Paths) then
    exit;
  At := Pos(';' + Uppercase(Folder), Uppercase(Paths));
  if At > 0 then
  begin
    Delete(Paths, At, Length(Folder) + 1);
    RegWriteExpandStringValue(HKLM, EnvironmentKey, 'Path', Paths);
  end;
end;
