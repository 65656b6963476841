"""Running the DAGs on one machine without a scheduler (`make run`, `make demo`): Airflow's own `dags test`."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from newsfacts.config import PROJECT_DIR, data_dir

log = logging.getLogger(__name__)


def airflow_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for a local Airflow: its home under .data/, this project's DAGs and plugins.

    Values already set by the caller win, so a real deployment's settings are never overridden.
    """
    env = dict(os.environ)
    defaults = {
        "AIRFLOW_HOME": str(data_dir() / "airflow"),
        "AIRFLOW__CORE__DAGS_FOLDER": str(PROJECT_DIR / "dags"),
        "AIRFLOW__CORE__PLUGINS_FOLDER": str(PROJECT_DIR / "plugins"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "True",
        "GX_ANALYTICS_ENABLED": "False",
    }
    for key, value in defaults.items():
        env.setdefault(key, value)
    env.update(extra or {})
    return env


def airflow_executable() -> str:
    candidate = Path(sys.executable).with_name("airflow")
    return str(candidate) if candidate.exists() else "airflow"


def run_dag_test(dag_id: str, day: date, env: dict[str, str], log_path: Path) -> int:
    """`airflow db migrate` then `airflow dags test DAG DAY`; Airflow's chatter goes to `log_path`."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("w", encoding="utf-8") as out:
        for args in (["db", "migrate"], ["dags", "test", dag_id, day.isoformat()]):
            proc = subprocess.run([airflow_executable(), *args], env=env, stdout=out, stderr=subprocess.STDOUT,
                                  check=False)
            if proc.returncode != 0:
                return proc.returncode
    return 0


def log_tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return ""
