"""Static checks of the Docker deployment: docker-compose.yaml, Dockerfile, .dockerignore, .env.example.

No Docker engine is needed (the compose file is parsed as YAML); the one test that calls the Docker
client skips itself when `docker compose` is not available.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import tomllib
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
import yaml
from packaging.specifiers import SpecifierSet
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
COMPOSE_FILE = ROOT / "docker-compose.yaml"
ENV_EXAMPLE = ROOT / ".env.example"
DOCKERIGNORE = ROOT / ".dockerignore"

WAREHOUSE_CONN_ID = "newsfacts_warehouse"
WAREHOUSE_CONN_ENV = "AIRFLOW_CONN_NEWSFACTS_WAREHOUSE"
WAREHOUSE_SERVICE = "postgres-warehouse"
METADATA_SERVICE = "postgres-airflow"

# Airflow 3 components -> the `airflow ...` sub-command that starts them.
AIRFLOW3_COMPONENTS = {
    "api-server": ["api-server"],
    "scheduler": ["scheduler"],
    "dag-processor": ["dag-processor"],
    "triggerer": ["triggerer"],
    "celery worker": ["celery", "worker"],
}
# Project code mounted into every Airflow container: host dir -> container dir.
CODE_MOUNTS = {
    "dags": "/opt/airflow/dags",
    "plugins": "/opt/airflow/plugins",
    "include": "/opt/airflow/include",
}
# Settings every Airflow container must agree on (a differing JWT secret breaks task auth, etc.).
SHARED_AIRFLOW_ENV = [
    "AIRFLOW__CORE__EXECUTOR",
    "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN",
    "AIRFLOW__CELERY__BROKER_URL",
    "AIRFLOW__CELERY__RESULT_BACKEND",
    "AIRFLOW__CORE__EXECUTION_API_SERVER_URL",
    "AIRFLOW__API_AUTH__JWT_SECRET",
    "AIRFLOW__API__SECRET_KEY",
    "AIRFLOW__CORE__FERNET_KEY",
    "AIRFLOW__CORE__LOAD_EXAMPLES",
    "PYTHONPATH",
    WAREHOUSE_CONN_ENV,
    "NEWSFACTS_FEEDS",
    "NEWSFACTS_DATA_DIR",
]
VALID_DEPENDS_CONDITIONS = {"service_started", "service_healthy", "service_completed_successfully"}
SECRET_KEY_RE = re.compile(r"PASSWORD|SECRET|FERNET|TOKEN|(^|_)KEY$")

# ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?err}, ${NAME:+alt} and bare $NAME; `$$` is a literal $.
_INTERP_RE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)")
_ESCAPED_DOLLAR = "\x00"


# --------------------------------------------------------------------------------------------- helpers


def interpolated_names(text: str) -> set[str]:
    text = text.replace("$$", _ESCAPED_DOLLAR)
    return {m.group(1) or m.group(4) for m in _INTERP_RE.finditer(text)}


def interpolate(text: str, env: dict[str, str] | None = None) -> str:
    """What compose makes of `text` given `env` (default: nothing set, i.e. the file's own defaults)."""
    env = env or {}

    def sub(m: re.Match[str]) -> str:
        name, op, arg = m.group(1) or m.group(4), m.group(2), m.group(3) or ""
        value = env.get(name)
        if op == ":-":
            return value if value else arg
        if op == "-":
            return value if value is not None else arg
        if op == ":+":
            return arg if value else ""
        if op == "+":
            return arg if value is not None else ""
        if op in (":?", "?"):
            assert value, f"${{{name}}} is required: {arg}"
        return value or ""

    text = text.replace("$$", _ESCAPED_DOLLAR)
    return _INTERP_RE.sub(sub, text).replace(_ESCAPED_DOLLAR, "$")


def walk_strings(node: Any):
    if isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from walk_strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from walk_strings(item)
    elif isinstance(node, str):
        yield node


def env_of(service: dict) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {str(k): "" if v is None else str(v) for k, v in env.items()}


def command_tokens(service: dict) -> list[str]:
    cmd = service.get("command")
    if cmd is None:
        return []
    tokens = shlex.split(cmd) if isinstance(cmd, str) else [str(c) for c in cmd]
    return tokens[1:] if tokens[:1] == ["airflow"] else tokens


def depends_on(service: dict) -> dict[str, dict]:
    deps = service.get("depends_on") or {}
    if isinstance(deps, list):
        return {name: {"condition": "service_started"} for name in deps}
    return {name: (spec or {"condition": "service_started"}) for name, spec in deps.items()}


def parse_volume(entry: Any) -> tuple[str, str, str]:
    """(type, source, target) of a short- or long-syntax service volume."""
    if isinstance(entry, dict):
        return entry.get("type", "volume"), str(entry.get("source", "")), str(entry["target"])
    parts = str(entry).split(":")
    if len(parts) == 1:
        return "volume", "", parts[0]
    source, target = parts[0], parts[1]
    kind = "bind" if source.startswith((".", "/", "~")) else "volume"
    return kind, source, target


def url_of(value: str):
    return urlsplit(interpolate(value))


def ports_of(service: dict) -> list[str]:
    return [str(p) if not isinstance(p, dict) else str(p.get("target")) for p in service.get("ports") or []]


def read_env_example() -> tuple[dict[str, str], list[str]]:
    """(NAME -> value, problems) of .env.example; every variable needs a comment directly above it."""
    values: dict[str, str] = {}
    problems: list[str] = []
    previous = ""
    for n, raw in enumerate(ENV_EXAMPLE.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line:
            previous = ""
            continue
        if line.startswith("#"):
            previous = "comment"
            continue
        m = re.fullmatch(r"(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)", line)
        if not m:
            problems.append(f"line {n}: not NAME=value: {raw!r}")
            continue
        name, value = m.group(1), m.group(2).strip().strip("'\"")
        if name in values:
            problems.append(f"line {n}: {name} defined twice")
        if previous != "comment" and " #" not in value:
            problems.append(f"line {n}: {name} has no comment")
        values[name] = value.split(" #", 1)[0].strip()
        previous = "variable"
    return values, problems


# --- Dockerfile -----------------------------------------------------------------------------------


def dockerfile_instructions(path: Path) -> list[tuple[str, str]]:
    """[(INSTRUCTION, arguments)] with comments dropped and `\\` continuations joined."""
    out: list[tuple[str, str]] = []
    buf = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        stripped = raw.strip()
        if not buf and (not stripped or stripped.startswith("#")):
            continue
        if buf and stripped.startswith("#"):
            continue
        if stripped.endswith("\\"):
            buf += stripped[:-1] + " "
            continue
        buf += stripped
        instr, _, args = buf.partition(" ")
        out.append((instr.upper(), args.strip()))
        buf = ""
    if buf.strip():
        instr, _, args = buf.strip().partition(" ")
        out.append((instr.upper(), args.strip()))
    return out


def copy_args(args: str) -> tuple[dict[str, str], list[str], str]:
    """(flags, sources, destination) of a COPY/ADD instruction, shell or JSON form."""
    flags: dict[str, str] = {}
    words = shlex.split(args)
    while words and words[0].startswith("--"):
        key, _, value = words.pop(0)[2:].partition("=")
        flags[key] = value
    rest = " ".join(words)
    if rest.startswith("["):
        words = json.loads(rest)
    assert len(words) >= 2, f"COPY needs a source and a destination: {args!r}"
    return flags, words[:-1], words[-1]


class Dockerfile:
    def __init__(self, path: Path):
        self.path = path
        self.instructions = dockerfile_instructions(path)

    @property
    def base_image(self) -> str:
        froms = [args for instr, args in self.instructions if instr == "FROM"]
        assert froms, f"{self.path} has no FROM"
        return froms[-1].split()[0]

    def copies(self) -> list[tuple[int, list[str], str]]:
        """[(index, sources, absolute destination)] of COPY instructions from the build context."""
        workdir = PurePosixPath("/")
        out = []
        for i, (instr, args) in enumerate(self.instructions):
            if instr == "WORKDIR":
                workdir = workdir / args.strip()
            elif instr in ("COPY", "ADD"):
                flags, sources, dest = copy_args(args)
                if "from" in flags:
                    continue
                absolute = str(workdir / dest)
                if dest.endswith("/") and not absolute.endswith("/"):
                    absolute += "/"
                out.append((i, sources, absolute))
        return out

    def container_path_of(self, source: str) -> str | None:
        """Where a context file or directory ends up in the image."""
        for _, sources, dest in self.copies():
            for src in sources:
                if src.rstrip("/") != source.rstrip("/"):
                    continue
                is_dir = dest.endswith("/")
                if len(sources) > 1 or (is_dir and not src.endswith("/")):
                    return str(PurePosixPath(dest) / PurePosixPath(src.rstrip("/")).name)
                return dest.rstrip("/") or "/"
        return None

    def runs(self) -> list[tuple[int, str]]:
        return [(i, args) for i, (instr, args) in enumerate(self.instructions) if instr == "RUN"]

    def workdir_at(self, index: int) -> PurePosixPath:
        workdir = PurePosixPath("/")
        for instr, args in self.instructions[:index]:
            if instr == "WORKDIR":
                workdir = workdir / args.strip()
        return workdir


def dockerignore_patterns() -> list[str]:
    if not DOCKERIGNORE.exists():
        return []
    lines = (line.strip() for line in DOCKERIGNORE.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _dockerignore_regex(pattern: str) -> re.Pattern[str]:
    """Docker's pattern syntax: `*` and `?` stay within one path segment, `**` spans any number of them."""
    out, i = "", 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out, i = out + "(?:.*/)?", i + 3
        elif pattern.startswith("**", i):
            out, i = out + ".*", i + 2
        elif pattern[i] == "*":
            out, i = out + "[^/]*", i + 1
        elif pattern[i] == "?":
            out, i = out + "[^/]", i + 1
        elif pattern[i] == "[":
            close = pattern.find("]", i)
            out, i = out + pattern[i : close + 1], close + 1
        else:
            out, i = out + re.escape(pattern[i]), i + 1
    return re.compile(out)


def dockerignored(rel_path: str, patterns: list[str]) -> bool:
    """Whether .dockerignore excludes a context path (or a directory above it); the last match wins."""
    rel = PurePosixPath(rel_path.strip("/"))
    candidates = [str(rel)] + [str(p) for p in rel.parents if str(p) != "."]
    ignored = False
    for pattern in patterns:
        negate = pattern.startswith("!")
        regex = _dockerignore_regex(str(PurePosixPath(pattern.lstrip("!").strip("/"))))
        if any(regex.fullmatch(c) for c in candidates):
            ignored = not negate
    return ignored


# --------------------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def compose() -> dict:
    assert COMPOSE_FILE.exists(), "docker-compose.yaml is missing"
    data = yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))  # resolves &anchors and <<: merges
    assert isinstance(data, dict) and isinstance(data.get("services"), dict), "no services: mapping"
    return data


@pytest.fixture(scope="module")
def services(compose) -> dict[str, dict]:
    return compose["services"]


@pytest.fixture(scope="module")
def airflow_services(services) -> dict[str, dict]:
    """Services that run the project image (build the Dockerfile)."""
    found = {name: svc for name, svc in services.items() if svc.get("build") is not None}
    assert found, "no service builds the project image (build: .)"
    return found


@pytest.fixture(scope="module")
def components(services) -> dict[str, str]:
    """Airflow 3 component -> name of the service that runs it."""
    found: dict[str, str] = {}
    for component, sub in AIRFLOW3_COMPONENTS.items():
        for name, svc in services.items():
            if command_tokens(svc)[: len(sub)] == sub:
                found[component] = name
    return found


@pytest.fixture(scope="module")
def dockerfile(airflow_services) -> Dockerfile:
    contexts = set()
    for svc in airflow_services.values():
        build = svc["build"]
        context = build if isinstance(build, str) else build.get("context", ".")
        name = "Dockerfile" if isinstance(build, str) else build.get("dockerfile", "Dockerfile")
        contexts.add((context, name))
    assert len(contexts) == 1, f"Airflow services should build one image, not {sorted(contexts)}"
    context, name = contexts.pop()
    path = (ROOT / context / name).resolve()
    assert path.is_file(), f"build context {context!r} has no {name}"
    return Dockerfile(path)


@pytest.fixture(scope="module")
def env_example() -> dict[str, str]:
    assert ENV_EXAMPLE.exists(), ".env.example is missing"
    values, problems = read_env_example()
    assert not problems, problems
    return values


# --------------------------------------------------------------------------------------------- compose


def test_all_airflow3_components_present(services, components, airflow_services):
    missing = sorted(set(AIRFLOW3_COMPONENTS) - set(components))
    assert not missing, f"no service runs: {missing}"
    for component, name in components.items():
        assert name in airflow_services, f"{component} ({name}) does not run the project image"
    for name, svc in services.items():
        assert command_tokens(svc)[:1] != ["webserver"], f"{name}: `airflow webserver` is gone in Airflow 3"


def test_init_service_migrates_db_and_creates_admin(services, airflow_services):
    inits = [name for name, svc in airflow_services.items() if "db migrate" in " ".join(command_tokens(svc))]
    assert len(inits) == 1, f"exactly one service should run `airflow db migrate`, found {inits}"
    script = " ".join(command_tokens(services[inits[0]]))
    assert "users create" in script, "the init service does not create the admin user"
    assert services[inits[0]].get("restart", "no") in ("no", "on-failure"), (
        "a one-shot service must not restart"
    )


def test_executor_is_celery_with_redis_broker(services, airflow_services):
    for name, svc in airflow_services.items():
        env = env_of(svc)
        assert env.get("AIRFLOW__CORE__EXECUTOR") == "CeleryExecutor", (
            f"{name}: executor is not CeleryExecutor"
        )
        broker = url_of(env["AIRFLOW__CELERY__BROKER_URL"])
        assert broker.scheme in ("redis", "rediss"), f"{name}: broker is not Redis: {broker.geturl()}"
        assert broker.hostname in services, f"{name}: broker host {broker.hostname!r} is not a service"
        assert "redis" in services[broker.hostname].get("image", ""), (
            f"{broker.hostname} is not a Redis image"
        )
        backend = url_of(env["AIRFLOW__CELERY__RESULT_BACKEND"])
        assert backend.hostname == METADATA_SERVICE, f"{name}: result backend is not on {METADATA_SERVICE}"


def test_airflow_services_share_core_settings(airflow_services):
    reference_name, reference = next(iter(airflow_services.items()))
    reference_env = env_of(reference)
    for key in SHARED_AIRFLOW_ENV:
        assert key in reference_env, f"{reference_name}: {key} is not set"
    for name, svc in airflow_services.items():
        env = env_of(svc)
        for key in SHARED_AIRFLOW_ENV:
            assert env.get(key) == reference_env[key], f"{name}: {key} differs from {reference_name}"
    assert env_of(reference)["AIRFLOW__CORE__LOAD_EXAMPLES"].lower() == "false"


def test_metadata_db_url_matches_postgres_airflow(services, airflow_services):
    assert METADATA_SERVICE in services, f"no {METADATA_SERVICE} service"
    pg_env = {k: interpolate(v) for k, v in env_of(services[METADATA_SERVICE]).items()}
    url = url_of(env_of(next(iter(airflow_services.values())))["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"])
    assert url.scheme.startswith("postgresql"), url.scheme
    assert url.hostname == METADATA_SERVICE
    assert (unquote(url.username or ""), unquote(url.password or ""), url.path.lstrip("/")) == (
        pg_env["POSTGRES_USER"],
        pg_env["POSTGRES_PASSWORD"],
        pg_env["POSTGRES_DB"],
    ), "metadata DB URL credentials do not match the postgres-airflow service"


def test_execution_api_url_points_at_api_server(services, components, airflow_services):
    api_name = components["api-server"]
    url = url_of(env_of(next(iter(airflow_services.values())))["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"])
    assert url.hostname == api_name, f"execution API host {url.hostname!r} is not the api-server service"
    port = url.port or 80
    api_tokens = command_tokens(services[api_name])
    listen = int(api_tokens[api_tokens.index("--port") + 1]) if "--port" in api_tokens else 8080
    assert port == listen, f"execution API port {port} != api-server port {listen}"
    assert url.path.rstrip("/") == "/execution"
    published = [p.split(":")[-1].split("/")[0] for p in ports_of(services[api_name])]
    assert str(listen) in published, "the api-server's port 8080 is not published"


def test_warehouse_connection_env(services, airflow_services):
    for name, svc in airflow_services.items():
        env = env_of(svc)
        assert WAREHOUSE_CONN_ENV in env, f"{name}: {WAREHOUSE_CONN_ENV} is not set"
        near_misses = [
            k for k in env if k != WAREHOUSE_CONN_ENV and "WAREHOUSE" in k.upper() and "CONN" in k.upper()
        ]
        assert not near_misses, f"{name}: misspelt warehouse connection variables {near_misses}"

    assert WAREHOUSE_SERVICE in services, f"no {WAREHOUSE_SERVICE} service"
    warehouse = services[WAREHOUSE_SERVICE]
    assert warehouse.get("image", "").startswith("postgres"), f"{WAREHOUSE_SERVICE} is not a PostgreSQL image"
    url = url_of(env_of(next(iter(airflow_services.values())))[WAREHOUSE_CONN_ENV])
    assert url.scheme in ("postgres", "postgresql"), (
        f"warehouse connection is not a postgres URI: {url.scheme}"
    )
    assert url.hostname == WAREHOUSE_SERVICE, (
        f"warehouse host {url.hostname!r} != service {WAREHOUSE_SERVICE!r}"
    )
    assert (url.port or 5432) == 5432, "inside the compose network PostgreSQL listens on 5432"
    pg_env = {k: interpolate(v) for k, v in env_of(warehouse).items()}
    assert (unquote(url.username or ""), unquote(url.password or ""), url.path.lstrip("/")) == (
        pg_env["POSTGRES_USER"],
        pg_env["POSTGRES_PASSWORD"],
        pg_env["POSTGRES_DB"],
    ), "warehouse URI credentials/database do not match the postgres-warehouse service"


def test_warehouse_conn_env_name_matches_package():
    config = pytest.importorskip("newsfacts.config")
    assert config.WAREHOUSE_CONN_ID == WAREHOUSE_CONN_ID
    assert f"AIRFLOW_CONN_{config.WAREHOUSE_CONN_ID.upper()}" == WAREHOUSE_CONN_ENV


def test_databases_have_their_own_volumes(compose, services):
    data_volumes = {}
    for name in (METADATA_SERVICE, WAREHOUSE_SERVICE):
        mounts = [parse_volume(v) for v in services[name].get("volumes") or []]
        pgdata = [src for kind, src, target in mounts if target.rstrip("/") == "/var/lib/postgresql/data"]
        assert pgdata and pgdata[0], f"{name}: no named volume on /var/lib/postgresql/data"
        data_volumes[name] = pgdata[0]
    assert data_volumes[METADATA_SERVICE] != data_volumes[WAREHOUSE_SERVICE], (
        "the two databases share a volume"
    )


def test_bind_mount_sources_exist(compose, services):
    declared = set((compose.get("volumes") or {}).keys())
    for name, svc in services.items():
        for entry in svc.get("volumes") or []:
            kind, source, target = parse_volume(entry)
            if kind == "bind":
                path = (ROOT / interpolate(source)).resolve()
                assert path.exists(), f"{name}: bind-mount source {source} does not exist ({path})"
            elif source:
                assert source in declared, f"{name}: named volume {source!r} is not declared under volumes:"


def test_code_is_mounted_into_every_airflow_service(airflow_services):
    for name, svc in airflow_services.items():
        binds = {}
        for entry in svc.get("volumes") or []:
            kind, source, target = parse_volume(entry)
            if kind == "bind":
                binds[(ROOT / interpolate(source)).resolve()] = target.rstrip("/")
        for host_dir, container_dir in CODE_MOUNTS.items():
            assert binds.get((ROOT / host_dir).resolve()) == container_dir, (
                f"{name}: ./{host_dir} is not mounted at {container_dir}"
            )


def test_pythonpath_includes_mounted_include_dir(airflow_services):
    for name, svc in airflow_services.items():
        env = env_of(svc)
        include_target = next(
            target.rstrip("/")
            for kind, source, target in map(parse_volume, svc.get("volumes") or [])
            if kind == "bind" and (ROOT / interpolate(source)).resolve() == (ROOT / "include").resolve()
        )
        entries = [p.rstrip("/") for p in interpolate(env.get("PYTHONPATH", "")).split(":") if p]
        assert include_target in entries, f"{name}: PYTHONPATH {entries} lacks {include_target}"
        feeds = PurePosixPath(env["NEWSFACTS_FEEDS"])
        assert feeds.is_relative_to(include_target), (
            f"{name}: NEWSFACTS_FEEDS {feeds} is outside {include_target}"
        )


def test_data_dir_is_on_a_named_volume(airflow_services):
    for name, svc in airflow_services.items():
        data_dir = PurePosixPath(env_of(svc)["NEWSFACTS_DATA_DIR"])
        named = [
            target
            for kind, source, target in map(parse_volume, svc.get("volumes") or [])
            if kind == "volume" and source
        ]
        assert any(data_dir.is_relative_to(t) for t in named), f"{name}: {data_dir} is not on a named volume"


def test_depends_on_targets_exist_and_are_ready(services):
    for name, svc in services.items():
        for dep, spec in depends_on(svc).items():
            assert dep in services, f"{name} depends on undefined service {dep!r}"
            assert dep != name, f"{name} depends on itself"
            condition = spec.get("condition", "service_started")
            assert condition in VALID_DEPENDS_CONDITIONS, f"{name} -> {dep}: bad condition {condition!r}"
            if condition == "service_healthy":
                assert "healthcheck" in services[dep], (
                    f"{name} waits for {dep} to be healthy; it has no healthcheck"
                )


def test_depends_on_has_no_cycles(services):
    state: dict[str, str] = {}

    def visit(node: str, path: list[str]) -> None:
        if state.get(node) == "done":
            return
        assert state.get(node) != "active", f"depends_on cycle: {' -> '.join(path + [node])}"
        state[node] = "active"
        for dep in depends_on(services[node]):
            if dep in services:
                visit(dep, path + [node])
        state[node] = "done"

    for name in services:
        visit(name, [])


def test_long_running_services_are_healthchecked_and_wait_for_init(services, airflow_services, components):
    init = next(
        name for name, svc in airflow_services.items() if "db migrate" in " ".join(command_tokens(svc))
    )
    long_running = set(components.values()) | {"redis", METADATA_SERVICE, WAREHOUSE_SERVICE}
    for name in long_running:
        assert name in services, f"missing service {name}"
        assert "healthcheck" in services[name], f"{name} has no healthcheck"
    for name in components.values():
        deps = depends_on(services[name])
        assert deps.get(init, {}).get("condition") == "service_completed_successfully", (
            f"{name} does not wait for {init} to complete"
        )
        assert deps.get(METADATA_SERVICE, {}).get("condition") == "service_healthy", (
            f"{name} does not wait for a healthy {METADATA_SERVICE}"
        )
    worker = components["celery worker"]
    assert (
        depends_on(services[worker]).get(components["api-server"], {}).get("condition") == "service_healthy"
    ), "workers need the api-server (Execution API) before taking tasks"


def test_worker_can_be_scaled(services, components):
    worker = components["celery worker"]
    assert worker == "worker", "the scaling instructions use the service name `worker`"
    assert "container_name" not in services[worker], "container_name prevents --scale"
    assert not ports_of(services[worker]), "published ports collide when the worker is scaled"
    head = "\n".join(COMPOSE_FILE.read_text(encoding="utf-8").splitlines()[:20])
    assert "docker compose up -d --scale worker=3" in head, "top comment does not explain scaling"


def test_no_hardcoded_secrets(services):
    for name, svc in services.items():
        for key, value in env_of(svc).items():
            if SECRET_KEY_RE.search(key) and value:
                assert "${" in value, f"{name}: {key} is hard-coded; read it from .env"
            if "://" in value and "@" in value:
                # Give every variable a marker value: a password that is not a marker was written out.
                markers = {var: f"from-env-{var}" for var in interpolated_names(value)}
                password = urlsplit(interpolate(value, markers)).password
                assert password is None or unquote(password).startswith("from-env-"), (
                    f"{name}: {key} has a literal password"
                )


# --------------------------------------------------------------------------------------------- .env.example


def test_env_example_lists_every_compose_variable(compose, env_example):
    used = set()
    for text in walk_strings(compose):
        used |= interpolated_names(text)
    missing = sorted(used - set(env_example))
    assert not missing, f".env.example lacks {missing}"


def test_env_example_values_match_compose_defaults(compose, env_example):
    """`cp .env.example .env` must give the same stack as no .env at all (no drift between the two)."""
    for text in walk_strings(compose):
        if interpolated_names(text):
            assert interpolate(text, env_example) == interpolate(text), (
                f"compose default and .env.example disagree for: {text!r}"
            )


def test_env_files_stay_out_of_git_and_image():
    gitignore = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert ".env" in gitignore, ".env (real secrets) must be git-ignored"
    patterns = dockerignore_patterns()
    assert dockerignored(".env", patterns), ".env must not be sent to the Docker build"


# --------------------------------------------------------------------------------------------- Dockerfile


def test_dockerfile_base_image_matches_project(dockerfile):
    m = re.fullmatch(r"apache/airflow:(\d+\.\d+\.\d+)-python(\d+\.\d+)", dockerfile.base_image)
    assert m, f"base image should look like apache/airflow:X.Y.Z-pythonA.B, not {dockerfile.base_image}"
    airflow_version, python_version = Version(m.group(1)), Version(m.group(2))
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert python_version in SpecifierSet(project["requires-python"]), "image Python outside requires-python"
    spec = next(
        (
            d[len("apache-airflow") :]
            for d in project["dependencies"]
            if re.match(r"apache-airflow\s*[<>=!~]", d)
        ),
        None,
    )
    assert spec is not None, "pyproject.toml does not constrain apache-airflow"
    assert airflow_version in SpecifierSet(spec), f"image Airflow {airflow_version} not in pyproject's {spec}"


def test_dockerfile_airflow_version_matches_requirements_pin(dockerfile):
    requirements = ROOT / "requirements.txt"
    assert requirements.exists(), "requirements.txt is missing"
    image_version = re.search(r":(\d+\.\d+\.\d+)", dockerfile.base_image).group(1)
    pins = re.findall(r"(?im)^apache-airflow\s*==\s*([^\s;#]+)", requirements.read_text(encoding="utf-8"))
    for pin in pins:
        assert pin == image_version, (
            f"requirements.txt pins apache-airflow=={pin}, the image is {image_version}"
        )


def test_dockerfile_copy_sources_exist_and_are_not_ignored(dockerfile):
    context = dockerfile.path.parent
    patterns = dockerignore_patterns()
    copies = dockerfile.copies()
    assert copies, "the Dockerfile copies nothing from the build context"
    sources = [src for _, srcs, _ in copies for src in srcs]
    missing = [src for src in sources if not (context / src).exists()]
    assert not missing, f"COPY sources missing from the build context {context}: {missing}"
    ignored = [src for src in sources if dockerignored(src, patterns)]
    assert not ignored, f"COPY sources excluded by .dockerignore: {ignored}"


def test_dockerfile_installs_requirements_then_project(dockerfile):
    req_dest = dockerfile.container_path_of("requirements.txt")
    assert req_dest, "the Dockerfile does not COPY requirements.txt"
    req_run = None
    for index, args in dockerfile.runs():
        words = shlex.split(args.replace("&&", " && "))
        if "pip" not in words or "install" not in words:
            continue
        for i, word in enumerate(words):
            target = words[i + 1] if word in ("-r", "--requirement") and i + 1 < len(words) else None
            if word.startswith("--requirement="):
                target = word.split("=", 1)[1]
            if target and str(dockerfile.workdir_at(index) / target) == req_dest:
                req_run = index
    assert req_run is not None, f"no RUN pip install -r {req_dest}"

    pyproject_dest = dockerfile.container_path_of("pyproject.toml")
    assert pyproject_dest, "the Dockerfile does not COPY pyproject.toml"
    project_dir = str(PurePosixPath(pyproject_dest).parent)
    project_run = None
    for index, args in dockerfile.runs():
        words = shlex.split(args.replace("&&", " && "))
        if "pip" in words and "install" in words:
            targets = {
                str(dockerfile.workdir_at(index) / w) for w in words if not w.startswith("-") or w == "-e"
            }
            if project_dir in targets:
                project_run = index
    assert project_run is not None, f"no RUN pip install of the project at {project_dir}"
    assert project_run > req_run, "install requirements.txt before the project (layer cache, --no-deps)"


def test_dockerfile_puts_include_where_compose_mounts_it(dockerfile):
    dest = dockerfile.container_path_of("include/") or dockerfile.container_path_of("include")
    assert dest == CODE_MOUNTS["include"], (
        f"include/ is copied to {dest}, compose mounts it at {CODE_MOUNTS['include']}"
    )
    for name in ("README.md", "pyproject.toml"):
        assert dockerfile.container_path_of(name), (
            f"{name} is needed to install the project (pyproject readme)"
        )


def test_dockerignore_excludes_local_state():
    patterns = dockerignore_patterns()
    assert patterns, ".dockerignore is missing or empty"
    for path in (
        ".venv",
        ".data",
        ".git",
        "include/__pycache__",
        "include/newsfacts/__pycache__",
        "include/newsfacts.egg-info",
        ".pytest_cache",
    ):
        assert dockerignored(path, patterns), f".dockerignore does not exclude {path}"
    for path in ("include/newsfacts/config.py", "requirements.txt", "pyproject.toml", "README.md"):
        assert not dockerignored(path, patterns), f".dockerignore wrongly excludes {path}"


# --------------------------------------------------------------------------------------------- docker client


def _docker_compose_available() -> bool:
    if not shutil.which("docker"):
        return False
    try:
        return (
            subprocess.run(["docker", "compose", "version"], capture_output=True, timeout=20).returncode == 0
        )
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.mark.skipif(not _docker_compose_available(), reason="docker compose plugin not installed")
def test_docker_compose_config_is_valid():
    result = subprocess.run(
        ["docker", "compose", "-f", str(COMPOSE_FILE), "--env-file", str(ENV_EXAMPLE), "config", "--quiet"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
