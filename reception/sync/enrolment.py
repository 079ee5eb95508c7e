"""One-time enrolment codes at central: issued by `central add-desk`, redeemed once by the new desk.

Issuing (head office's connection): a throw-away LOGIN role whose name and password derive from the code,
allowed to connect and to execute `public.sync_enrol()` and nothing else, plus a line of `sync_enrolments`
holding the desk's password sealed with the code's key. Redeeming (the desk, knowing only the central address
and the code): log in as that role, call the function once, open the seal. Central never stores the code or
the password readable; the seal is erased at the first use or when found expired. A wrong code cannot even
log in. The throw-away roles of codes expired for more than RETENTION are dropped at the next issue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import psycopg
from sqlalchemy import delete, select, text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from reception.core.errors import DomainError, ValidationError
from reception.core.i18n import N_, _
from reception.sync.central import central_engine, normalise_url, sync_enrolments
from reception.sync.engine import EXIT_NETWORK, LOGIN_REFUSED
from reception.sync.enrolment_code import SealBroken, derive, new_code, normalise_code, seal, unseal

EXIT_CODE_UNKNOWN, EXIT_CODE_USED, EXIT_CODE_EXPIRED = 20, 21, 22
RETENTION = timedelta(days=30)
"""A used or expired code still says so for this long; then its role is dropped and it is merely unknown."""
UNKNOWN = N_("Code d'inscription inconnu de cette base centrale : vérifiez le code et l'adresse, ou demandez un "
             "nouveau code au siège.")


class EnrolmentRefused(DomainError):
    """The code was refused by central; `outcome` is the command line's exit code, `field` the form's field."""

    def __init__(self, outcome: int, message: str, field: str = "code") -> None:
        super().__init__(message, field=field)
        self.outcome = outcome


# --- head office ------------------------------------------------------------------------------------


def issue_code(conn: Connection, desk_role: str, site_code: str, desk_code: str, password: str,
               valid_hours: int) -> tuple[str, datetime]:
    """A new code for the desk's current password; the desk's earlier unused codes are withdrawn."""
    _drop_codes(conn, (sync_enrolments.c.desk_role == desk_role) & sync_enrolments.c.used_at.is_(None))
    _drop_codes(conn, sync_enrolments.c.expires_at < datetime.now(UTC) - RETENTION)
    code = new_code()
    keys = derive(code)
    expires_at = datetime.now(UTC) + timedelta(hours=valid_hours)
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    role = keys.login_role
    conn.execute(text(f"CREATE ROLE \"{role}\" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT "
                      f"CONNECTION LIMIT 2 PASSWORD '{keys.login_password}' "
                      f"VALID UNTIL '{(expires_at + RETENTION).isoformat()}'"))
    comment = f"Code d'inscription du poste {desk_code} (base {database})".replace("'", "''")
    conn.execute(text(f"COMMENT ON ROLE \"{role}\" IS '{comment}'"))
    conn.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO "{role}"'))
    conn.execute(text(f'GRANT USAGE ON SCHEMA public TO "{role}"'))
    conn.execute(text(f'GRANT EXECUTE ON FUNCTION public.sync_enrol() TO "{role}"'))
    conn.execute(sync_enrolments.insert().values(login_role=role, desk_role=desk_role, site_code=site_code,
                                                 desk_code=desk_code, sealed=seal(password, keys.seal_key),
                                                 expires_at=expires_at))
    return code, expires_at


def _drop_codes(conn: Connection, which: object) -> None:
    for role in conn.execute(select(sync_enrolments.c.login_role).where(which)).scalars().all():  # type: ignore[arg-type]
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
            conn.execute(text(f'DROP OWNED BY "{role}"'))
            conn.execute(text(f'DROP ROLE "{role}"'))
    conn.execute(delete(sync_enrolments).where(which))  # type: ignore[arg-type]


# --- the desk ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Redeemed:
    """What the code handed over: the desk's login at central and the identity it is bound to."""

    url: str  # with the password: for the credential store, never for the settings table
    role: str
    site_code: str
    desk_code: str


def central_address(typed: str) -> URL:
    """serveur, serveur:5432/reception or postgresql://serveur/reception: any user or password is dropped."""
    address = typed.strip()
    if not address:
        raise ValidationError({"central": _("Indiquez l'adresse de la base centrale (ex. serveur:5432/reception).")})
    if "://" not in address:
        address = "postgresql://" + address
    try:
        parsed = make_url(normalise_url(address))
    except (DomainError, ArgumentError):
        raise ValidationError({"central": _("Adresse de base centrale illisible (attendu : serveur:5432/base "
                                            "ou postgresql://serveur/base).")}) from None
    if not parsed.host and not parsed.query.get("host"):  # a server by name, or a local socket folder
        raise ValidationError({"central": _("Indiquez le serveur de la base centrale (ex. serveur:5432/reception).")})
    return URL.create(parsed.drivername, host=parsed.host, port=parsed.port,  # .set(username=None) keeps it
                      database=parsed.database or "reception", query=parsed.query)


def shown_address(address: URL) -> str:
    """What head office reads out: postgresql://serveur:5432/reception."""
    return address.set(drivername="postgresql").render_as_string()


def redeem(address: str, typed_code: str) -> Redeemed:
    """Uses the code (once): raises EnrolmentRefused for a wrong, used or expired code, or no central."""
    where = central_address(address)
    code = normalise_code(typed_code)
    keys = derive(code)
    engine = central_engine(where.set(username=keys.login_role, password=keys.login_password)
                            .render_as_string(hide_password=False))
    try:
        with engine.begin() as conn:
            answer, desk_role, site, desk, sealed = conn.execute(text("SELECT * FROM public.sync_enrol()")).one()
    except (DBAPIError, psycopg.Error, OSError) as exc:
        if any(sign in str(exc) for sign in LOGIN_REFUSED):
            raise EnrolmentRefused(EXIT_CODE_UNKNOWN, _(UNKNOWN)) from None
        unreachable = _("Base centrale injoignable à l'adresse {address} : vérifiez l'adresse et le réseau ; le "
                        "code n'a pas été utilisé.").format(address=where.render_as_string())
        raise EnrolmentRefused(EXIT_NETWORK, unreachable, field="central") from exc
    finally:
        engine.dispose()
    if answer == "used":
        raise EnrolmentRefused(EXIT_CODE_USED, _("Ce code d'inscription a déjà servi : demandez un nouveau code au "
                                                 "siège (reception central add-desk)."))
    if answer == "expired":
        raise EnrolmentRefused(EXIT_CODE_EXPIRED, _("Ce code d'inscription a expiré : demandez un nouveau code au "
                                                    "siège (reception central add-desk)."))
    if answer != "ok":
        raise EnrolmentRefused(EXIT_CODE_UNKNOWN, _(UNKNOWN))
    try:
        password = unseal(sealed, keys.seal_key)
    except SealBroken:
        raise EnrolmentRefused(EXIT_CODE_UNKNOWN, _(UNKNOWN)) from None
    url = where.set(username=desk_role, password=password).render_as_string(hide_password=False)
    return Redeemed(url, desk_role, site, desk)

