"""Fill a database with N matters and the history the services would have written for them.

    DATABASE_URL=... .venv/bin/python bench/generate.py --matters 1000000

Runs ``migrate`` first, then writes with bulk inserts (executemany on SQLite, COPY on PostgreSQL),
bypassing the services for speed but filling every column they fill: numbers and sequences,
versions, the trail, assignments with deadlines, responses, reviews, consultation meetings and
their agendas, and the search documents (jieba cuts each distinct text once). The secondary indexes
of the big tables and the FTS5 triggers are set aside during the load and rebuilt once after it.

A matter's life is played forward from its submission with realistic delays until it reaches
today, so old matters are mostly closed and recent ones are still being handled; some deadlines
pass, some reviews are not satisfied, some units send a matter back, some matters are rejected
or merged. Everything is drawn from a seeded random generator: the same N gives the same rows.
"""

import argparse
import datetime
import os
import random
import sys
import time
from pathlib import Path

YEARS = 4
BATCH = 20_000
MATTERS_PER_ENTERPRISE = 20
BENCH_PASSWORD_HASH_SOURCE = "bench-password-not-for-use"


def setup_django() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "huishang.settings")
    import django

    django.setup()


class Writer:
    """Appends rows per table and writes them in big batches, by COPY or executemany."""

    def __init__(self):
        from django.db import connection

        self.connection = connection
        self.vendor = connection.vendor
        self.pending: dict[tuple, tuple[str, list[str], list[tuple]]] = {}
        self.order: list[tuple] = []

    def add(self, model, fields: list[str], row: tuple) -> None:
        key = (model, tuple(fields))
        if key not in self.pending:
            columns = [self.connection.ops.quote_name(model._meta.get_field(name).column) for name in fields]
            self.pending[key] = (model._meta.db_table, columns, [])
            self.order.append(key)
        self.pending[key][2].append(row)

    def flush(self) -> None:
        # Tables are written in the order their first row arrived, which is the order of the foreign keys.
        for key in self.order:
            table, columns, rows = self.pending[key]
            if rows:
                self._write(table, columns, rows)
                rows.clear()

    def _write(self, table: str, columns: list[str], rows: list[tuple]) -> None:
        self.connection.ensure_connection()
        raw = self.connection.connection
        if self.vendor == "postgresql":
            with raw.cursor() as cursor:
                with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
        else:
            marks = ", ".join("?" for _ in columns)
            raw.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)

    def moment(self, value: datetime.datetime | None):
        if value is None or self.vendor == "postgresql":
            return value
        return value.astimezone(datetime.timezone.utc).replace(tzinfo=None).isoformat(" ")

    def day(self, value: datetime.date | None):
        if value is None or self.vendor == "postgresql":
            return value
        return value.isoformat()


def credit_code(n: int, region_code: str) -> str:
    from huishang.demo.credit_codes import organisation_check
    from huishang.directory.credit_code import ALPHABET, check_character

    digits = ""
    for _ in range(6):
        n, rest = divmod(n, len(ALPHABET))
        digits = ALPHABET[rest] + digits
    body = "MA" + digits
    first17 = "91" + region_code + body + organisation_check(body)
    return first17 + check_character(first17)


class World:
    """The directory the matters refer to: regions, units, enterprises, people and categories."""

    def __init__(self, rng: random.Random, enterprises: int):
        from django.contrib.auth.hashers import make_password

        from huishang.cases.models import Category
        from huishang.demo.problems import CATEGORIES, CATEGORY_WEIGHTS
        from huishang.demo.seed_neijiang import CITY, DISTRICTS, PROVINCE, UNITS
        from huishang.directory.models import Organization, Region, Role, User

        self.rng = rng
        province = Region.objects.create(code=PROVINCE[0], name=PROVINCE[1])
        city = Region.objects.create(code=CITY[0], name=CITY[1], parent=province)
        self.districts = [Region.objects.create(code=code, name=name, parent=city) for code, name in DISTRICTS]
        self.categories = {
            code: Category.objects.create(code=code, name=name, order=order) for code, name, order in CATEGORIES
        }
        self.category_weights = [CATEGORY_WEIGHTS[code] for code in self.categories]
        password = make_password(BENCH_PASSWORD_HASH_SOURCE)

        def person(username, role, **fields):
            return User.objects.create(username=username, password=password, role=role, name=username, **fields)

        self.admin = person("bench-admin", Role.ADMIN, is_superuser=True, is_staff=True)
        self.office = person("bench-office", Role.OFFICE)
        self.leader = person("bench-leader", Role.LEADER)
        self.supervisor = person("bench-supervisor", Role.SUPERVISOR)
        self.units = []
        self.unit_users = {}
        for unit in UNITS:
            organisation = Organization.objects.create(
                kind=Organization.Kind.UNIT, name=unit.name, short_name=unit.short_name, region=city
            )
            self.units.append(organisation)
            self.unit_users[organisation.pk] = person(f"bench-{unit.key}", Role.UNIT, organization=organisation)

        first_org = (Organization.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
        first_user = (User.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
        industries = ["装备制造", "食品加工", "化工", "电子信息", "纺织服装", "建材", "医药", "现代物流"]
        self.enterprises = []  # (organisation id, region id, contact user id)
        joined = datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)
        organisations, contacts = [], []
        for n in range(enterprises):
            district = self.districts[n % len(self.districts)]
            org_id, user_id = first_org + n, first_user + n
            industry = industries[n % len(industries)]
            organisations.append(Organization(
                id=org_id, kind=Organization.Kind.ENTERPRISE, name=f"{district.name}{industry}压测企业{n:06d}有限公司",
                credit_code=credit_code(n, district.code), region=district, industry=industry,
            ))
            # Through the ORM, not raw rows: user fields may compute columns (hashes, encryption) on save.
            contacts.append(User(
                id=user_id, password=password, username=f"bench-enterprise-{n:06d}", date_joined=joined,
                name=f"联系人{n:06d}", role=Role.ENTERPRISE, organization_id=org_id,
            ))
            self.enterprises.append((org_id, district.pk, user_id))
        Organization.objects.bulk_create(organisations, batch_size=5000)
        User.objects.bulk_create(contacts, batch_size=5000)

    def category(self) -> str:
        return self.rng.choices(list(self.categories), weights=self.category_weights)[0]


class Texts:
    """Titles and descriptions from the demo's problems, a few variants each, with their search documents."""

    VARIANTS = 6

    def __init__(self, rng: random.Random):
        from huishang.cases.models import Matter
        from huishang.demo.problems import PROBLEMS
        from huishang.insight.search import documents_for

        filled = [(problem.category, problem.filled(rng)) for problem in PROBLEMS for _ in range(self.VARIANTS)]
        # jieba cuts each distinct text once, here, not once per matter that reuses it.
        documents = documents_for([Matter(title=text["title"], description=text["description"]) for _, text in filled])
        self.by_category: dict[str, list[tuple]] = {}
        for (category, text), (body, parts) in zip(filled, documents):
            self.by_category.setdefault(category, []).append(
                (text["title"], text["description"], text["response"], body, parts)
            )
        self.any = [text for texts in self.by_category.values() for text in texts]

    def pick(self, rng: random.Random, category: str) -> tuple:
        return rng.choice(self.by_category.get(category) or self.any)


class Meetings:
    """A consultation meeting every week in every district; a matter put on the agenda goes to the next one."""

    def __init__(self, writer: Writer, world: World, start: datetime.date, today: datetime.date):
        from huishang.meetings.models import Meeting
        from huishang.meetings.numerals import chinese_number

        first_id = (Meeting.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
        self.next_by_region: dict[int, list[tuple[datetime.date, int]]] = {}
        meeting_id = first_id
        for district in world.districts:
            day, sequence, year = start + datetime.timedelta(days=(3 - start.weekday()) % 7), 0, None
            held = []
            while day <= today + datetime.timedelta(days=7):
                if day.year != year:
                    year, sequence = day.year, 0
                sequence += 1
                writer.add(Meeting, ["id", "kind", "region", "year", "sequence", "title", "held_on", "chair",
                                     "location", "attendees", "minutes", "created_by"], (
                    meeting_id, Meeting.Kind.CONSULTATION, district.pk, year, sequence,
                    f"{district.name}{year}年第{chinese_number(sequence)}次企业化解难题问题会商会",
                    writer.day(day), world.leader.pk, f"{district.name}政务中心会议室", "", "", world.office.pk,
                ))
                held.append((day, meeting_id))
                meeting_id += 1
                day += datetime.timedelta(days=7)
            self.next_by_region[district.pk] = held
        writer.flush()

    def next_after(self, region_id: int, day: datetime.date) -> tuple[datetime.date, int]:
        held = self.next_by_region[region_id]
        first = held[0][0]
        index = max(0, (day - first).days // 7 + 1)
        return held[min(index, len(held) - 1)]


class Ids:
    def __init__(self, **starts):
        self.__dict__.update(starts)

    def take(self, name: str) -> int:
        value = self.__dict__[name]
        self.__dict__[name] = value + 1
        return value


def next_id(model) -> int:
    return (model.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1


def generate(matters: int, seed: int) -> dict:
    from django.db import connection, transaction
    from django.utils import timezone

    from huishang.cases.models import Assignment, Matter, MatterSequence, Response, Review, Transition
    from huishang.cases.states import Action, State
    from huishang.insight.models import MatterDocument
    from huishang.meetings.models import AgendaItem

    rng = random.Random(seed)
    writer = Writer()
    counts = {}
    now = timezone.now().replace(microsecond=0)
    today = timezone.localdate(now)
    start = now - datetime.timedelta(days=365 * YEARS)
    with transaction.atomic():
        world = World(rng, max(50, matters // MATTERS_PER_ENTERPRISE))
        texts = Texts(rng)
        meetings = Meetings(writer, world, timezone.localdate(start), today)
    ids = Ids(matter=next_id(Matter), transition=next_id(Transition), assignment=next_id(Assignment),
              response=next_id(Response), review=next_id(Review), agenda=next_id(AgendaItem))
    supporting_table = Assignment.supporting_units.through
    sequences: dict[int, int] = {}
    kinds = [Matter.Kind.PROBLEM] * 92 + [Matter.Kind.RISK] * 5 + [Matter.Kind.SUGGESTION] * 3
    sources = ([Matter.Source.ENTERPRISE] * 50 + [Matter.Source.BUTLER] * 25 + [Matter.Source.HOTLINE] * 10
               + [Matter.Source.OFFICE] * 10 + [Matter.Source.SURVEY] * 5)
    office, supervisor = world.office.pk, world.supervisor.pk
    span = (now - start).total_seconds()
    matter_fields = ["id", "number", "kind", "source", "title", "description", "category", "enterprise", "region",
                     "submitted_by", "submitted_at", "state", "version", "duplicate_of", "lead_unit", "due",
                     "first_assigned_at", "resolved_at", "urgency"]
    trail_fields = ["id", "matter", "action", "from_state", "to_state", "actor", "at", "note"]
    category_ids = {code: category.pk for code, category in world.categories.items()}
    # The zone looked up once: timezone.localtime() asks the current-zone registry on every call.
    zone = timezone.get_current_timezone()
    started = time.perf_counter()
    bulk_tables = [model._meta.db_table for model in (Matter, Transition, Assignment, supporting_table, Response,
                                                       Review, AgendaItem, MatterDocument)]
    with transaction.atomic():
        set_aside = _set_aside_indexes(connection, bulk_tables)

    for n in range(matters):
        matter_id = ids.take("matter")
        # Submissions spread evenly over the years, in id order, as the services would number them.
        submitted = start + datetime.timedelta(seconds=span * (n + rng.random()) / matters)
        submitted = submitted.replace(microsecond=0)
        year = submitted.astimezone(zone).year
        sequences[year] = sequences.get(year, 0) + 1
        category = world.category()
        title, description, response_text, body, parts = texts.pick(rng, category)
        enterprise, region, contact = rng.choice(world.enterprises)
        source = rng.choice(sources)
        submitter = contact if source == Matter.Source.ENTERPRISE else office
        trail = []
        state, moment = State.SUBMITTED, submitted
        trail.append((Action.SUBMIT, "", State.SUBMITTED, submitter, moment, ""))
        fields = {"lead_unit": None, "due": None, "first_assigned_at": None, "resolved_at": None,
                  "duplicate_of": None}
        assignments, responses, reviews, agenda = [], [], [], None

        def step(action, to_state, actor, delay_days, note=""):
            nonlocal state, moment
            when = moment + datetime.timedelta(days=delay_days, seconds=rng.randrange(3600, 8 * 3600))
            if when >= now:
                return False
            trail.append((action, state, to_state, actor, when, note))
            state, moment = to_state, when
            return True

        def play():
            nonlocal agenda
            fate = rng.random()
            if fate < 0.02:
                step(Action.REJECT, State.REJECTED, office, rng.uniform(0.5, 3), "不属于会商会受理范围")
                return
            if fate < 0.04 and matter_id > 1:
                if step(Action.MERGE, State.MERGED, office, rng.uniform(0.5, 3), "重复件"):
                    fields["duplicate_of"] = rng.randrange(max(1, matter_id - 5000), matter_id)
                return
            if not step(Action.ACCEPT, State.ACCEPTED, office, rng.uniform(0.2, 3)):
                return
            for attempt in range(2):
                if rng.random() < 0.25:
                    meeting_day, meeting_id = meetings.next_after(region, moment.astimezone(zone).date())
                    if not step(Action.PUT_ON_AGENDA, State.ON_AGENDA, office, rng.uniform(0.1, 1)):
                        return
                    meeting_at = datetime.datetime.combine(meeting_day, datetime.time(15), tzinfo=zone)
                    if meeting_at >= now:
                        return
                    wait = max(0.0, (meeting_at - moment).total_seconds() / 86400)
                    agenda = (meeting_id, meeting_at)
                else:
                    wait = rng.uniform(0.5, 5)
                unit = rng.choice(world.units)
                if not step(Action.ASSIGN, State.ASSIGNED, office, wait, unit.name):
                    return
                due = moment.astimezone(zone).date() + datetime.timedelta(days=rng.choice((15, 20, 30, 30, 45)))
                fields.update(lead_unit=unit.pk, due=due)
                if fields["first_assigned_at"] is None:
                    fields["first_assigned_at"] = moment
                supporting = [rng.choice(world.units).pk] if rng.random() < 0.3 else []
                assignment = [ids.take("assignment"), unit.pk, due, moment, None, None, None, "",
                              [s for s in supporting if s != unit.pk]]
                assignments.append(assignment)
                unit_user = world.unit_users[unit.pk].pk
                if attempt == 0 and rng.random() < 0.05:
                    if step(Action.SEND_BACK, State.ACCEPTED, unit_user, rng.uniform(0.5, 3), "不属于本单位职责"):
                        assignment[6], assignment[7] = moment, "不属于本单位职责"
                        fields.update(lead_unit=None, due=None)
                        continue
                    return
                break
            if not step(Action.ACKNOWLEDGE, State.IN_PROGRESS, unit_user, rng.uniform(0, 2)):
                return
            assignment[4], assignment[5] = unit_user, moment
            allowed = (due - moment.astimezone(zone).date()).days
            for round_ in range(3):
                # Most answers come within the deadline; about one in eight is late.
                delay = rng.uniform(2, allowed) if rng.random() < 0.88 else rng.uniform(allowed, allowed + 30)
                if not step(Action.RESPOND, State.RESPONDED, unit_user, max(0.5, delay), response_text):
                    return
                responses.append((ids.take("response"), assignment[0], response_text, unit_user, moment))
                satisfied = round_ == 2 or rng.random() < 0.9
                reviewer = contact if rng.random() < 0.7 else supervisor
                if satisfied:
                    if not step(Action.RESOLVE, State.RESOLVED, reviewer, rng.uniform(1, 7), "满意"):
                        return
                    fields["resolved_at"] = moment
                else:
                    if not step(Action.CONTINUE, State.IN_PROGRESS, reviewer, rng.uniform(1, 7), "问题尚未完全解决"):
                        return
                reviews.append((ids.take("review"), responses[-1][0], satisfied,
                                rng.choice(("on_site", "phone", "online")), "", reviewer, moment))
                if satisfied:
                    break
                allowed = 15
            if rng.random() < 0.75:
                step(Action.CLOSE, State.CLOSED, office, rng.uniform(10, 30), "回访企业满意")

        play()
        kind = rng.choice(kinds)
        writer.add(Matter, matter_fields, (
            matter_id, f"HS-{year}-{sequences[year]:06d}", kind, source, title, description, category_ids[category],
            enterprise, region, submitter, writer.moment(submitted), state, len(trail), fields["duplicate_of"],
            fields["lead_unit"], writer.day(fields["due"]), writer.moment(fields["first_assigned_at"]),
            writer.moment(fields["resolved_at"]), Matter.Urgency.NORMAL,
        ))
        for action, from_state, to_state, actor, at, note in trail:
            writer.add(Transition, trail_fields, (ids.take("transition"), matter_id, action, from_state, to_state,
                                                  actor, writer.moment(at), note))
        for assignment_id, unit, due, at, ack_by, ack_at, back_at, back_reason, supporting in assignments:
            writer.add(Assignment, ["id", "matter", "lead_unit", "due", "assigned_by", "assigned_at",
                                    "acknowledged_by", "acknowledged_at", "sent_back_at", "send_back_reason",
                                    "end_reason"], (
                assignment_id, matter_id, unit, writer.day(due), office, writer.moment(at), ack_by,
                writer.moment(ack_at), writer.moment(back_at), back_reason, "",
            ))
            for unit_id in supporting:
                writer.add(supporting_table, ["assignment", "organization"], (assignment_id, unit_id))
        for response_id, assignment_id, content, by, at in responses:
            writer.add(Response, ["id", "matter", "assignment", "content", "by", "at"],
                       (response_id, matter_id, assignment_id, content, by, writer.moment(at)))
        for review_id, response_id, satisfied, method, note, by, at in reviews:
            writer.add(Review, ["id", "matter", "response", "satisfied", "solved", "method", "note", "by", "at"],
                       (review_id, matter_id, response_id, satisfied, satisfied, method, note, by, writer.moment(at)))
        if agenda:
            meeting_id, meeting_at = agenda
            decided = bool(assignments) and assignments[0][3] >= meeting_at
            writer.add(AgendaItem, ["id", "meeting", "matter", "order", "outcome", "decision", "assignment",
                                    "decided_by", "decided_at"], (
                ids.take("agenda"), meeting_id, matter_id, 0, "assigned" if decided else "pending",
                "会议研究决定交办" if decided else "", assignments[0][0] if decided else None,
                world.leader.pk if decided else None, writer.moment(assignments[0][3]) if decided else None,
            ))
        writer.add(MatterDocument, ["matter", "body", "parts"], (matter_id, body, parts))
        counts[state] = counts.get(state, 0) + 1
        if (n + 1) % BATCH == 0:
            with transaction.atomic():
                writer.flush()
            if (n + 1) % (BATCH * 10) == 0:
                print(f"  {n + 1:,} matters, {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    with transaction.atomic():
        writer.flush()
        for year, last in sequences.items():
            MatterSequence.objects.update_or_create(year=year, defaults={"last": last})
    loaded = time.perf_counter()
    with transaction.atomic():
        _restore_indexes(connection, set_aside)
    print(f"  rows written in {loaded - started:.0f} s, indexes built in {time.perf_counter() - loaded:.0f} s",
          file=sys.stderr, flush=True)
    from huishang.figures.rollups import rebuild as rebuild_figure_rollups
    from huishang.figures.rollups import rebuild_other_rollups

    rolled = time.perf_counter()
    # The rows above bypass the services that keep the rollups.
    if connection.vendor == "postgresql":
        # rollups.rebuild's day and month cells computed by the database, then the rest of what it rebuilds.
        _rebuild_rollups_in_sql(connection)
        rebuild_other_rollups()
    else:
        rebuild_figure_rollups()
    analysed = time.perf_counter()
    _after_load(connection)
    print(f"  rollups rebuilt in {analysed - rolled:.0f} s, statistics in {time.perf_counter() - analysed:.0f} s",
          file=sys.stderr, flush=True)
    return counts


def _set_aside_indexes(connection, tables: list[str]) -> list[str]:
    """Drop the secondary indexes (and on SQLite the full-text triggers) of the bulk tables; returns the
    statements that recreate them. Building an index once over sorted rows is many times cheaper than
    keeping it in step with a million inserts in random key order. Unique indexes stay: they are rules."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() "
                "AND i.tablename = ANY(%s) AND i.indexdef NOT LIKE 'CREATE UNIQUE%%' "
                "AND i.indexname NOT IN (SELECT conname FROM pg_constraint)", [tables],
            )
            found = cursor.fetchall()
            for name, _definition in found:
                cursor.execute(f'DROP INDEX "{name}"')
            return [definition for _name, definition in found]
        marks = ", ".join("%s" for _ in tables)
        cursor.execute(
            f"SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN ({marks}) AND sql IS NOT NULL "
            "AND type IN ('index', 'trigger') AND sql NOT LIKE 'CREATE UNIQUE%%'", tables,
        )
        found = cursor.fetchall()
        for kind, name, _definition in found:
            cursor.execute(f'DROP {kind.upper()} "{name}"')
        return [definition for _kind, _name, definition in found]


def _restore_indexes(connection, statements: list[str]) -> None:
    """Recreate what ``_set_aside_indexes`` dropped; on SQLite fill the full-text index from the documents
    in one pass first, as the dropped triggers would have row by row."""
    from huishang.insight.search import FTS_TABLE

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
        else:
            # Deferred foreign-key checks still pending in this transaction (when they were not switched off)
            # would make PostgreSQL refuse CREATE INDEX: run them now.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        for statement in statements:
            cursor.execute(statement)


def _rebuild_rollups_in_sql(connection) -> None:
    """What ``huishang.figures.rollups.rebuild`` writes, computed by PostgreSQL in two INSERT … SELECT … GROUP BY
    statements: the Python rebuild reads every assigned matter and its trail into the process (23.6 s at
    200,000 matters, against 4.9 s here). It follows ``rollups.contribution`` rule
    for rule; tests/bench/test_generate.py checks the result against ``rollups.differences()`` (a recount)."""
    from django.conf import settings
    from django.db import transaction

    from huishang.cases.models import Matter, Transition
    from huishang.cases.states import DONE, Action, State
    from huishang.figures.models import Cell, DayCell, MonthCell, Phase

    day_table, month_table = DayCell._meta.db_table, MonthCell._meta.db_table
    metrics = ", ".join(Cell.METRICS)
    sums = ", ".join(f"sum({name})" for name in Cell.METRICS)
    params = {
        "zone": settings.TIME_ZONE, "suggestion": Matter.Kind.SUGGESTION, "assigned": State.ASSIGNED,
        "done_states": [str(state) for state in DONE], "being_assigned": Phase.BEING_ASSIGNED,
        "done": Phase.DONE, "open": Phase.OPEN, "assign": Action.ASSIGN, "send_back": Action.SEND_BACK,
        "resolve": Action.RESOLVE, "continue": Action.CONTINUE, "reopen": Action.REOPEN,
    }
    day_cells = f"""
        WITH facts AS (
            SELECT id, region_id, COALESCE(lead_unit_id, 0) AS unit_id, category_id, first_assigned_at, resolved_at,
                   due, CASE WHEN state = %(assigned)s THEN %(being_assigned)s
                             WHEN state = ANY(%(done_states)s) THEN %(done)s ELSE %(open)s END AS phase
            FROM {Matter._meta.db_table}
            WHERE first_assigned_at IS NOT NULL AND kind <> %(suggestion)s
        ), trail AS (
            -- Each entry numbered by the assignment it follows: an assignment is sent back when a send-back
            -- follows it before the next assignment.
            SELECT matter_id, action, at, count(*) FILTER (WHERE action = %(assign)s)
                   OVER (PARTITION BY matter_id ORDER BY id) AS assignment_number
            FROM {Transition._meta.db_table}
            WHERE action IN (%(assign)s, %(send_back)s, %(resolve)s, %(continue)s, %(reopen)s)
        ), reviewed AS (
            SELECT matter_id, count(*) FILTER (WHERE action = %(resolve)s) AS satisfied,
                   count(*) FILTER (WHERE action = %(continue)s) AS continued,
                   count(*) FILTER (WHERE action = %(reopen)s) AS reopenings
            FROM trail GROUP BY matter_id
        ), flagged AS (
            SELECT f.*, COALESCE(r.satisfied, 0) AS satisfied, COALESCE(r.continued, 0) + COALESCE(r.reopenings, 0) > 0 AS reopened,
                   (f.phase = %(done)s AND f.resolved_at IS NOT NULL AND f.due IS NOT NULL
                    AND (f.resolved_at AT TIME ZONE %(zone)s)::date <= f.due) AS on_time,
                   (f.phase = %(done)s AND f.resolved_at IS NOT NULL) AS timed,
                   COALESCE(r.satisfied, 0) + COALESCE(r.continued, 0) AS reviews
            FROM facts f LEFT JOIN reviewed r ON r.matter_id = f.id
        ), assignments AS (
            SELECT matter_id, min(at) FILTER (WHERE action = %(assign)s) AS at,
                   bool_or(action = %(send_back)s)::int AS sent_back
            FROM trail WHERE assignment_number > 0 GROUP BY matter_id, assignment_number
        ), contributions AS (
            SELECT (first_assigned_at AT TIME ZONE %(zone)s)::date AS day, region_id, unit_id, category_id, phase,
                   on_time, reopened, 1 AS matters, reviews, satisfied, timed::int AS resolved_timed,
                   CASE WHEN timed THEN ((extract(epoch FROM resolved_at) - extract(epoch FROM first_assigned_at))
                                         * 1000000)::bigint ELSE 0 END AS resolve_microseconds,
                   0 AS assignments, 0 AS sent_back
            FROM flagged
            UNION ALL
            SELECT (a.at AT TIME ZONE %(zone)s)::date, f.region_id, f.unit_id, f.category_id, f.phase, f.on_time,
                   f.reopened, 0, 0, 0, 0, 0, 1, a.sent_back
            FROM assignments a JOIN flagged f ON f.id = a.matter_id
        )
        INSERT INTO {day_table} (day, region_id, unit_id, category_id, phase, on_time, reopened, {metrics})
        SELECT day, region_id, unit_id, category_id, phase, on_time, reopened, {sums}
        FROM contributions GROUP BY day, region_id, unit_id, category_id, phase, on_time, reopened
    """
    month_cells = f"""
        INSERT INTO {month_table} (month, region_id, phase, on_time, reopened, {metrics})
        SELECT date_trunc('month', day)::date, region_id, phase, on_time, reopened, {sums}
        FROM {day_table} GROUP BY 1, region_id, phase, on_time, reopened
    """
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {day_table}")
        cursor.execute(f"DELETE FROM {month_table}")
        cursor.execute(day_cells, params)
        cursor.execute(month_cells)


def _after_load(connection) -> None:
    """Explicit ids leave PostgreSQL's sequences behind; both planners need fresh statistics, and
    PostgreSQL's counts need the visibility map that autovacuum would have built by now."""
    from django.apps import apps
    from django.core.management.color import no_style

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            models = [model for config in apps.get_app_configs()
                      for model in config.get_models(include_auto_created=True)]
            for statement in connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(statement)
            if connection.in_atomic_block:  # VACUUM cannot run in a transaction (the tests hold one)
                cursor.execute("ANALYZE")
            else:
                cursor.execute("VACUUM ANALYZE")
        else:
            cursor.execute("ANALYZE")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--matters", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args()
    setup_django()
    from django.core.management import call_command

    from huishang.cases.models import Matter

    call_command("migrate", verbosity=0)
    from django.db import connection

    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            # A throwaway bench database: losing it on a crash costs a rerun, so skip the fsyncs.
            cursor.execute("PRAGMA synchronous=OFF")
            cursor.execute("PRAGMA cache_size=-200000")
            # Every reference is made consistent by construction; checking each row's parents costs lookups.
            cursor.execute("PRAGMA foreign_keys=OFF")
    else:
        with connection.cursor() as cursor:
            cursor.execute("SET synchronous_commit = off")
            cursor.execute("SET maintenance_work_mem = '512MB'")
            # The rollups' rebuild and the index builds sort a million rows: in memory, not in temporary files;
            # and JIT compiling those one-off statements costs seconds it never wins back.
            cursor.execute("SET work_mem = '256MB'")
            cursor.execute("SET jit = off")
            cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
            if cursor.fetchone()[0]:
                # As on SQLite: no per-row check of the foreign keys (triggers on PostgreSQL) for rows that
                # hold by construction; only a superuser may switch them off.
                cursor.execute("SET session_replication_role = replica")
    if Matter.objects.exists():
        sys.exit("generate.py fills an empty database; this one already holds matters.")
    started = time.perf_counter()
    counts = generate(options.matters, options.seed)
    print(f"{options.matters:,} matters in {time.perf_counter() - started:.0f} s: "
          + ", ".join(f"{state} {count:,}" for state, count in sorted(counts.items())))


if __name__ == "__main__":
    main()
