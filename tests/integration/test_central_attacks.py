"""Attacks a desk credential could try at the central database, run AS the desk's role on a real server.

Two sites share one central database: Casablanca (CAS) is the attacker, Rabat (RAB) the victim. Every
attack must be refused by PostgreSQL itself (a privilege error) or come back empty, and Rabat's rows must
be exactly as they were afterwards. Desks may create temporary tables (the initial load stages its COPY in
one), so the shadowing attacks run as any desk could run them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from psycopg import errors
from sqlalchemy.engine import make_url

from reception.cli import main
from reception.core.errors import Conflict
from reception.sync.central import DeskCredentials, add_desk, desk_role_name
from reception.sync.engine import EXIT_OK
from reception.sync.enrolment_code import derive, unseal
from tests.integration.sync_harness import Desk, check_in, fresh_central, open_desk, seed_site
from tests.postgres_server import libpq

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

VICTIM_TABLES = ("visitors", "visits", "users", "audit_events", "sync_events")
REFUSED = (errors.InsufficientPrivilege, errors.FeatureNotSupported)


@dataclass
class Park:
    """The central database, the attacking desk (CAS) and the victim desk (RAB)."""

    central_url: str
    attacker: Desk
    victim: Desk

    def admin(self) -> psycopg.Connection:
        return psycopg.connect(libpq(self.central_url), autocommit=True)

    def victim_rows(self) -> dict[str, list[tuple[object, ...]]]:
        """Everything Rabat has at central, as the administrator reads it."""
        with self.admin() as conn:
            return {t: conn.execute(f"SELECT * FROM {t} WHERE site_code = 'RAB' ORDER BY 1").fetchall()
                    for t in VICTIM_TABLES}

    @property
    def role(self) -> str:
        return make_url(self.attacker.url).username or ""


@pytest.fixture(scope="module")
def park(tmp_path_factory: pytest.TempPathFactory, postgres_admin_url: str) -> Iterator[Park]:
    """Both sites seeded, with visitors, and synced once."""
    with fresh_central(postgres_admin_url) as url:
        attacker = open_desk(tmp_path_factory.mktemp("cas"), url, "CAS", "CAS-A1")
        victim = open_desk(tmp_path_factory.mktemp("rab"), url, "RAB", "RAB-A1")
        check_in(attacker, seed_site(attacker)["atlas.host"], 2, "Casablancais")
        check_in(victim, seed_site(victim)["atlas.host"], 3, "Secret")
        assert victim.sync().outcome == EXIT_OK
        assert attacker.sync().outcome == EXIT_OK
        yield Park(url, attacker, victim)
        attacker.close()
        victim.close()


@pytest.fixture
def desk(park: Park) -> Iterator[psycopg.Connection]:
    """A connection as the attacking desk's own role; Rabat's rows are checked untouched afterwards."""
    before = park.victim_rows()
    assert all(before[t] for t in VICTIM_TABLES), "le site victime doit avoir des lignes à la centrale"
    with psycopg.connect(libpq(park.attacker.url), autocommit=True) as conn:
        yield conn
    assert park.victim_rows() == before, "des lignes de Rabat ont changé"


def refused(conn: psycopg.Connection, sql: str) -> None:
    with pytest.raises(REFUSED):
        conn.execute(sql)


def rab_visible(conn: psycopg.Connection) -> int:
    """Rabat rows the connection can see, all victim tables together."""
    return sum(conn.execute(f"SELECT count(*) FROM {t} WHERE site_code <> 'CAS'").fetchone()[0]  # type: ignore[index]
               for t in VICTIM_TABLES)


# --- shadowing the policy helper ---------------------------------------------------------------------


def test_a_temp_table_named_like_the_role_map_does_not_move_the_desk(desk: psycopg.Connection) -> None:
    desk.execute("CREATE TEMP TABLE sync_desk_roles (role_name text, site_code text, desk_code text)")
    desk.execute("INSERT INTO sync_desk_roles VALUES (current_user, 'RAB', 'RAB-A1')")
    for path in ("pg_temp, public", "public, pg_temp", "pg_temp, pg_catalog, public"):
        desk.execute(f"SET search_path = {path}")
        assert rab_visible(desk) == 0
        assert desk.execute("UPDATE visitors SET last_name = 'x' WHERE site_code = 'RAB'").rowcount == 0
        assert desk.execute("SELECT password_hash FROM public.users WHERE site_code = 'RAB'").fetchall() == []


def test_functions_and_operators_made_in_pg_temp_are_never_called(desk: psycopg.Connection) -> None:
    desk.execute("CREATE FUNCTION pg_temp.sync_desk_site() RETURNS text LANGUAGE sql AS $$ SELECT 'RAB' $$")
    desk.execute("CREATE FUNCTION pg_temp.always(text, text) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$")
    desk.execute("CREATE OPERATOR pg_temp.= (LEFTARG = text, RIGHTARG = text, FUNCTION = pg_temp.always)")
    desk.execute("SET search_path = pg_temp, public")
    assert rab_visible(desk) == 0
    assert desk.execute("SELECT public.sync_desk_site()").fetchone() == ("CAS",)


def test_a_desk_may_not_put_functions_or_tables_in_the_schema(desk: psycopg.Connection) -> None:
    refused(desk, "CREATE FUNCTION public.sync_desk_site_x() RETURNS text LANGUAGE sql AS $$ SELECT 'RAB' $$")
    refused(desk, "CREATE OR REPLACE FUNCTION public.sync_desk_site() RETURNS text LANGUAGE sql AS $$ SELECT 'RAB' $$")
    refused(desk, "CREATE TABLE public.loot (x text)")
    refused(desk, "CREATE TABLE loot (x text)")
    refused(desk, "CREATE SCHEMA loot")


# --- other sites' rows, by every verb -----------------------------------------------------------------


def test_other_sites_rows_are_invisible(desk: psycopg.Connection) -> None:
    assert rab_visible(desk) == 0
    assert desk.execute("SELECT count(*) FROM visitors WHERE last_name LIKE 'Secret%'").fetchone() == (0,)
    assert desk.execute("SELECT count(*) FROM visitors WHERE last_name LIKE 'Casablancais%'").fetchone() == (2,)


def test_other_sites_rows_cannot_be_inserted(desk: psycopg.Connection) -> None:
    refused(desk, "INSERT INTO visitors (id, last_name, first_name, organisation, phone, email, id_type, id_number, "
                  "search_key, anonymised, site_code, origin_desk, created_at, updated_at, row_version) VALUES "
                  "(gen_random_uuid()::text, 'X', 'Y', '', '', '', '', '', 'x y', false, 'RAB', 'CAS-A1', now(), "
                  "now(), 1)")
    refused(desk, "INSERT INTO sync_events (event_id, desk, site_code, epoch, entity, op, row_id, payload_hash, "
                  "schema_rev, batch_id, status) VALUES ('e', 'RAB-A1', 'RAB', 'e', 'visits', 'insert', 'r', 'h', "
                  "'s', 'b', 'applied')")


def test_other_sites_rows_cannot_be_updated_or_deleted(desk: psycopg.Connection) -> None:
    for table in ("visitors", "visits", "users"):
        assert desk.execute(f"UPDATE {table} SET site_code = 'CAS' WHERE site_code = 'RAB'").rowcount == 0
        assert desk.execute(f"DELETE FROM {table} WHERE site_code = 'RAB'").rowcount == 0
    assert desk.execute("UPDATE sync_events SET status = 'refused' WHERE site_code = 'RAB'").rowcount == 0
    refused(desk, "UPDATE sync_events SET site_code = 'CAS' WHERE site_code = 'RAB'")  # only status is writable


def test_an_own_row_cannot_be_moved_to_another_site(desk: psycopg.Connection) -> None:
    refused(desk, "UPDATE visitors SET site_code = 'RAB' WHERE site_code = 'CAS'")


def test_an_upsert_over_another_sites_row_is_refused(park: Park, desk: psycopg.Connection) -> None:
    with park.admin() as admin:
        victim_id = admin.execute("SELECT id FROM users WHERE site_code = 'RAB' LIMIT 1").fetchone()[0]  # type: ignore[index]
    refused(desk, "INSERT INTO users (id, username, full_name, role, password_hash, active, site_code, "
                  "origin_desk, created_at, updated_at, row_version) "
                  f"VALUES ('{victim_id}', 'x', 'x', 'admin', 'x', true, 'CAS', 'CAS-A1', now(), now(), 9) "
                  "ON CONFLICT (id) DO UPDATE SET password_hash = excluded.password_hash")


# --- the schema, roles and session settings -------------------------------------------------------------


def test_ddl_on_central_tables_is_refused(desk: psycopg.Connection) -> None:
    refused(desk, "ALTER TABLE visitors ADD COLUMN loot text")
    refused(desk, "ALTER TABLE visitors DISABLE ROW LEVEL SECURITY")
    refused(desk, "ALTER TABLE audit_events DISABLE TRIGGER USER")
    refused(desk, "DROP POLICY desk_site ON visitors")
    refused(desk, "DROP TABLE visitors")
    refused(desk, "DROP FUNCTION public.sync_desk_site()")


def test_truncate_is_refused(desk: psycopg.Connection) -> None:
    for table in ("visitors", "audit_events", "sync_events", "sync_desk_roles"):
        refused(desk, f"TRUNCATE {table}")


def test_set_role_to_another_desk_or_the_administrator_is_refused(park: Park, desk: psycopg.Connection) -> None:
    victim_role = make_url(park.victim.url).username
    admin_role = make_url(park.central_url).username
    refused(desk, f'SET ROLE "{victim_role}"')
    refused(desk, f'SET ROLE "{admin_role}"')
    refused(desk, f'SET SESSION AUTHORIZATION "{admin_role}"')


def test_row_security_off_is_an_error_not_a_bypass(desk: psycopg.Connection) -> None:
    desk.execute("SET row_security = off")
    refused(desk, "SELECT * FROM visitors")


def test_copy_sees_only_the_own_site_and_cannot_load_or_write_files(desk: psycopg.Connection) -> None:
    with desk.cursor().copy("COPY visitors (site_code) TO STDOUT") as copy:
        sites = {bytes(row).strip() for row in copy}
    assert sites == {b"CAS"}
    refused(desk, "COPY visitors TO '/tmp/reception-loot.csv'")
    refused(desk, "COPY (SELECT 1) TO PROGRAM 'true'")
    with pytest.raises(REFUSED), desk.cursor().copy("COPY visitors (id) FROM STDIN") as copy:
        copy.write_row(("x",))


# --- the audit trail is append-only ------------------------------------------------------------------------


def test_a_desk_cannot_delete_or_edit_audit_events_even_its_own(desk: psycopg.Connection) -> None:
    assert desk.execute("SELECT count(*) FROM audit_events").fetchone()[0] > 0  # type: ignore[index]
    refused(desk, "DELETE FROM audit_events WHERE site_code = 'CAS'")
    refused(desk, "UPDATE audit_events SET action = 'rien' WHERE site_code = 'CAS'")
    refused(desk, "DELETE FROM sync_events WHERE site_code = 'CAS'")


def test_audit_events_are_append_only_for_the_owner_too(park: Park) -> None:
    with park.admin() as admin:
        with pytest.raises(errors.RaiseException, match="ajout seul"):
            admin.execute("DELETE FROM audit_events WHERE site_code = 'CAS'")
        with pytest.raises(errors.RaiseException, match="ajout seul"):
            admin.execute("UPDATE audit_events SET action = 'rien'")
        with pytest.raises(errors.RaiseException, match="ajout seul"):
            admin.execute("TRUNCATE audit_events")


# --- the role map and other roles --------------------------------------------------------------------------


def test_the_role_map_shows_only_the_desks_own_line_and_is_read_only(park: Park, desk: psycopg.Connection) -> None:
    assert desk.execute("SELECT role_name, site_code FROM sync_desk_roles").fetchall() == [(park.role, "CAS")]
    refused(desk, "INSERT INTO sync_desk_roles (role_name, site_code, desk_code) VALUES ('x', 'RAB', 'RAB-A1')")
    refused(desk, "UPDATE sync_desk_roles SET site_code = 'RAB'")
    refused(desk, "DELETE FROM sync_desk_roles")
    refused(desk, "SELECT rolpassword FROM pg_authid")


def test_a_desk_role_opens_no_other_central_database(park: Park, postgres_admin_url: str) -> None:
    with fresh_central(postgres_admin_url) as other:
        foreign = make_url(park.attacker.url).set(database=make_url(other).database)
        with pytest.raises(psycopg.OperationalError, match="permission denied"):
            psycopg.connect(libpq(foreign.render_as_string(hide_password=False))).close()


# --- provisioning across databases of one server ---------------------------------------------------------


def test_add_desk_on_a_second_database_leaves_the_first_desk_working(park: Park, postgres_admin_url: str) -> None:
    with fresh_central(postgres_admin_url) as other:
        second = add_desk(other, "CAS", "CAS-A1")
        assert second.role != park.role
        with psycopg.connect(libpq(park.attacker.url)) as conn:
            assert conn.execute("SELECT public.sync_desk_site()").fetchone() == ("CAS",)


def test_add_desk_refuses_a_role_that_belongs_to_another_database(
        park: Park, capsys: pytest.CaptureFixture[str]) -> None:
    with park.admin() as admin:
        database_id = admin.execute("SELECT value FROM sync_schema WHERE key = 'database_id'").fetchone()[0]  # type: ignore[index]
        taken = desk_role_name(database_id, "FES", "FES-A1")
        admin.execute(f"CREATE ROLE \"{taken}\" LOGIN PASSWORD 'celui-de-l-autre-base'")
        try:
            with pytest.raises(Conflict, match="autre base"):
                add_desk(park.central_url, "FES", "FES-A1")
            assert main(["central", "add-desk", "--url", park.central_url, "--site", "FES", "--desk", "FES-A1"]) == 1
            assert "autre base" in capsys.readouterr().err
            foreign = make_url(park.central_url).set(username=taken, password="celui-de-l-autre-base",
                                                     database="postgres")
            psycopg.connect(libpq(foreign.render_as_string(hide_password=False))).close()
            assert admin.execute("SELECT count(*) FROM sync_desk_roles WHERE site_code = 'FES'").fetchone() == (0,)
        finally:
            admin.execute(f'DROP ROLE "{taken}"')


# --- the enrolment code's throw-away role ----------------------------------------------------------------


@pytest.fixture
def enrolment_role(park: Park) -> Iterator[tuple[psycopg.Connection, DeskCredentials]]:
    """A connection as the login role a fresh code derives (desk CAS-A9); Rabat's rows checked untouched after."""
    credentials = add_desk(park.central_url, "CAS", "CAS-A9")
    keys = derive(credentials.code)
    login = make_url(park.central_url).set(username=keys.login_role, password=keys.login_password)
    before = park.victim_rows()
    with psycopg.connect(libpq(login.render_as_string(hide_password=False)), autocommit=True) as conn:
        yield conn, credentials
    assert park.victim_rows() == before, "des lignes de Rabat ont changé"


def test_an_enrolment_role_reads_writes_and_creates_nothing(
        park: Park, enrolment_role: tuple[psycopg.Connection, DeskCredentials]) -> None:
    conn, _credentials = enrolment_role
    for table in (*VICTIM_TABLES, "sync_enrolments", "sync_desk_roles", "sync_schema", "alembic_version"):
        refused(conn, f"SELECT * FROM public.{table}")
    refused(conn, "UPDATE public.sync_enrolments SET used_at = NULL, expires_at = now() + interval '1 year'")
    refused(conn, "CREATE TEMP TABLE sync_enrolments (login_role text)")
    refused(conn, "CREATE TABLE public.loot (x text)")
    refused(conn, f'SET ROLE "{park.role}"')
    refused(conn, "SELECT rolpassword FROM pg_authid")


def test_an_enrolment_role_redeems_only_its_own_code_and_only_once(
        park: Park, enrolment_role: tuple[psycopg.Connection, DeskCredentials]) -> None:
    conn, credentials = enrolment_role
    conn.execute("SET search_path = pg_temp, public")
    role, site, desk, sealed = conn.execute(
        "SELECT desk_role_name, site, desk, sealed_password FROM public.sync_enrol()").fetchone()  # type: ignore[misc]
    assert (role, site, desk) == (credentials.role, "CAS", "CAS-A9")
    assert unseal(sealed, derive(credentials.code).seal_key) == credentials.password
    assert conn.execute("SELECT answer, sealed_password FROM public.sync_enrol()").fetchone() == ("used", None)
    with park.admin() as admin:  # nothing readable is left at central, even for head office
        assert admin.execute("SELECT sealed FROM sync_enrolments WHERE desk_code = 'CAS-A9'").fetchone() == (None,)


def test_a_desk_role_cannot_redeem_codes_nor_read_them(desk: psycopg.Connection) -> None:
    refused(desk, "SELECT * FROM public.sync_enrol()")
    refused(desk, "SELECT * FROM sync_enrolments")


def test_the_security_migration_goes_down_and_up_again(postgres_admin_url: str) -> None:
    from alembic import command

    from reception.sync.central import central_alembic_config

    pinned = "SELECT proconfig FROM pg_proc WHERE oid = 'public.sync_desk_site()'::regprocedure"
    triggers = ("SELECT count(*) FROM pg_trigger WHERE tgname IN "
                "('trg_audit_events_append_only', 'trg_audit_events_no_truncate')")
    with fresh_central(postgres_admin_url) as url, psycopg.connect(libpq(url), autocommit=True) as admin:
        assert admin.execute(pinned).fetchone() == (["search_path=pg_catalog, public, pg_temp"],)
        command.downgrade(central_alembic_config(url), "c001")
        assert admin.execute(triggers).fetchone() == (0,)
        command.upgrade(central_alembic_config(url), "heads")
        assert admin.execute(triggers).fetchone() == (2,)
        assert admin.execute(pinned).fetchone() == (["search_path=pg_catalog, public, pg_temp"],)


def test_the_enrolment_migration_goes_down_with_its_roles_and_up_again(postgres_admin_url: str) -> None:
    from alembic import command

    from reception.sync.central import central_alembic_config

    with fresh_central(postgres_admin_url) as url, psycopg.connect(libpq(url), autocommit=True) as admin:
        login = derive(add_desk(url, "CAS", "CAS-A1").code).login_role
        command.downgrade(central_alembic_config(url), "c003")
        assert admin.execute("SELECT count(*) FROM pg_roles WHERE rolname = %s", (login,)).fetchone() == (0,)
        assert admin.execute("SELECT to_regclass('public.sync_enrolments')").fetchone() == (None,)
        command.upgrade(central_alembic_config(url), "heads")
        assert admin.execute("SELECT to_regprocedure('public.sync_enrol()') IS NOT NULL").fetchone() == (True,)
