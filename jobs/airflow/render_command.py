#!/usr/bin/env python3
"""Checks jobs/airflow/newspulse_daily.py without Airflow and renders what it would run.

Installs minimal stand-ins for the Airflow modules the DAG imports (they record constructor
arguments and reject arguments the real classes do not take), imports the DAG file, checks the
DAG-level settings, renders the templated fields of a task for one data interval, and prints:

  default   the SparkSubmitOperator task as a command line for the local wrapper
            (jobs/newspulse-submit --master local[2] --name N --conf k=v ... -- run --input ...);
            --out FILE writes it one argument per line (UTF-8), for callers such as AirflowDagIT.
  --gate    runs the quality-gate task's callable with its rendered arguments against the output;
            exit 0 when it passes, 1 with the reason when it fails. --runs-json FILE feeds it the
            runs rows from a JSON-lines file instead of reading <output>/runs with pyarrow.
  --self-test  the gate's decisions on synthetic runs rows (needs neither Airflow nor pyarrow).

Templates are rendered with jinja2 when it is importable (with Airflow's ds filter, macros,
params and var), otherwise with a small built-in evaluator for the expressions the DAG uses;
--renderer forces one. Exit codes: 0 OK, 1 gate failed, 2 usage error or a DAG check failed.

  python3 jobs/airflow/render_command.py --interval-start 2025-03-04T00:00:00+00:00 \\
      --interval-end 2025-03-05T00:00:00+00:00 --input /data/in --output /data/out
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import shlex
import sys
import types
from datetime import datetime, timedelta, timezone
from typing import Any, Callable, Dict, List, Optional

HERE = os.path.dirname(os.path.abspath(__file__))
DAG_FILE = os.path.join(HERE, "newspulse_daily.py")
OPENS_FILE = os.path.join(os.path.dirname(HERE), "spark-java-opens")
WRAPPER_MAIN_CLASS = "com.newspulse.cli.NewsPulseMain"  # what jobs/newspulse-submit runs


class Problem(Exception):
    """A usage error or a failed DAG check (exit 2)."""


# ----------------------------------------------------------------------------------------------
# Airflow stand-ins
# ----------------------------------------------------------------------------------------------

_NO_DEFAULT = object()
VARIABLES: Dict[str, str] = {}
_DAG_STACK: List["StubDAG"] = []

_DAG_ARGS = {
    "dag_id", "description", "schedule", "schedule_interval", "timetable", "start_date", "end_date",
    "full_filepath", "template_searchpath", "template_undefined", "user_defined_macros",
    "user_defined_filters", "default_args", "concurrency", "max_active_tasks", "max_active_runs",
    "max_consecutive_failed_dag_runs", "dagrun_timeout", "sla_miss_callback", "default_view",
    "orientation", "catchup", "on_success_callback", "on_failure_callback", "doc_md", "params",
    "access_control", "is_paused_upon_creation", "jinja_environment_kwargs",
    "render_template_as_native_obj", "tags", "owner_links", "auto_register", "fail_stop",
    "dag_display_name",
}
_BASE_OPERATOR_ARGS = {
    "task_id", "owner", "email", "email_on_retry", "email_on_failure", "retries", "retry_delay",
    "retry_exponential_backoff", "max_retry_delay", "start_date", "end_date", "depends_on_past",
    "ignore_first_depends_on_past", "wait_for_past_depends_before_skipping", "wait_for_downstream",
    "dag", "params", "default_args", "priority_weight", "weight_rule", "queue", "pool", "pool_slots",
    "sla", "execution_timeout", "on_execute_callback", "on_failure_callback", "on_success_callback",
    "on_retry_callback", "on_skipped_callback", "pre_execute", "post_execute", "trigger_rule",
    "resources", "run_as_user", "task_concurrency", "max_active_tis_per_dag",
    "max_active_tis_per_dagrun", "executor", "executor_config", "do_xcom_push",
    "multiple_outputs", "inlets", "outlets", "task_group", "doc", "doc_md", "doc_json", "doc_yaml",
    "doc_rst", "task_display_name", "logger_name", "allow_nested_operators",
}


class AirflowException(Exception):
    pass


class StubVariable:
    @staticmethod
    def get(key: str, default_var: Any = _NO_DEFAULT, deserialize_json: bool = False) -> Any:
        if key in VARIABLES:
            return json.loads(VARIABLES[key]) if deserialize_json else VARIABLES[key]
        if default_var is _NO_DEFAULT:
            raise KeyError("Variable %s does not exist" % key)
        return default_var


class StubDAG:
    def __init__(self, dag_id: Optional[str] = None, **kwargs: Any) -> None:
        unknown = set(kwargs) - _DAG_ARGS
        if unknown:
            raise TypeError("DAG() got unexpected arguments %s" % sorted(unknown))
        self.dag_id = dag_id if dag_id is not None else kwargs.get("dag_id")
        self.kwargs = kwargs
        self.default_args = dict(kwargs.get("default_args") or {})
        self.params = dict(kwargs.get("params") or {})
        self.tasks: List["StubOperator"] = []

    def __enter__(self) -> "StubDAG":
        _DAG_STACK.append(self)
        return self

    def __exit__(self, *exc: Any) -> None:
        _DAG_STACK.pop()


class StubOperator:
    template_fields: tuple = ()
    own_args: frozenset = frozenset()

    def __init__(self, task_id: str, dag: Optional[StubDAG] = None, **kwargs: Any) -> None:
        unknown = set(kwargs) - _BASE_OPERATOR_ARGS - self.own_args
        if unknown:
            raise TypeError("%s(task_id=%r) got unexpected arguments %s" % (
                type(self).__name__[len("Stub"):], task_id, sorted(unknown)))
        self.dag = dag or (_DAG_STACK[-1] if _DAG_STACK else None)
        if self.dag is None:
            raise TypeError("%s %r is not in a DAG" % (type(self).__name__[len("Stub"):], task_id))
        self.task_id = task_id
        self.kwargs = kwargs
        self.effective = dict(self.dag.default_args)  # default_args apply where the task sets nothing
        self.effective.update(kwargs)
        self.upstream: List[str] = []
        self.downstream: List[str] = []
        self.dag.tasks.append(self)

    def _link(self, others: Any) -> None:
        for other in (others if isinstance(others, (list, tuple)) else [others]):
            self.downstream.append(other.task_id)
            other.upstream.append(self.task_id)

    def __rshift__(self, other: Any) -> Any:
        self._link(other)
        return other

    def __lshift__(self, other: Any) -> Any:
        for o in (other if isinstance(other, (list, tuple)) else [other]):
            o._link(self)
        return other

    def set_downstream(self, other: Any) -> None:
        self._link(other)

    def set_upstream(self, other: Any) -> None:
        self.__lshift__(other)


class StubSparkSubmitOperator(StubOperator):
    template_fields = ("application", "conf", "files", "py_files", "jars", "driver_class_path",
                       "packages", "exclude_packages", "keytab", "principal", "proxy_user", "name",
                       "application_args", "env_vars", "properties_file")
    own_args = frozenset({
        "application", "conf", "conn_id", "files", "py_files", "archives", "driver_class_path", "jars",
        "java_class", "packages", "exclude_packages", "repositories", "total_executor_cores",
        "executor_cores", "executor_memory", "driver_memory", "keytab", "principal", "proxy_user",
        "name", "num_executors", "status_poll_interval", "application_args", "env_vars", "verbose",
        "spark_binary", "properties_file", "queue", "deploy_mode", "use_krb5ccache"})


class StubPythonOperator(StubOperator):
    template_fields = ("templates_dict", "op_args", "op_kwargs")
    own_args = frozenset({"python_callable", "op_args", "op_kwargs", "templates_dict", "templates_exts",
                          "show_return_value_in_logs"})


class StubBashOperator(StubOperator):
    template_fields = ("bash_command", "env", "cwd")
    own_args = frozenset({"bash_command", "env", "append_env", "output_encoding", "skip_exit_code",
                          "skip_on_exit_code", "cwd"})


def install_stubs() -> None:
    """Puts the stand-ins into sys.modules (replacing a real Airflow if one is installed)."""
    def module(name: str, **attrs: Any) -> types.ModuleType:
        m = types.ModuleType(name)
        m.__path__ = []  # a package, so submodules can be imported
        m.__dict__.update(attrs)
        sys.modules[name] = m
        return m

    module("airflow", DAG=StubDAG, AirflowException=AirflowException)
    module("airflow.exceptions", AirflowException=AirflowException)
    module("airflow.models", DAG=StubDAG, Variable=StubVariable, BaseOperator=StubOperator)
    module("airflow.models.dag", DAG=StubDAG)
    module("airflow.models.variable", Variable=StubVariable)
    module("airflow.models.baseoperator", BaseOperator=StubOperator)
    module("airflow.operators")
    module("airflow.operators.python", PythonOperator=StubPythonOperator)
    module("airflow.operators.bash", BashOperator=StubBashOperator)
    module("airflow.providers")
    module("airflow.providers.apache")
    module("airflow.providers.apache.spark")
    module("airflow.providers.apache.spark.operators")
    module("airflow.providers.apache.spark.operators.spark_submit",
           SparkSubmitOperator=StubSparkSubmitOperator)
    module("airflow.macros", timedelta=timedelta, datetime=datetime)


def load_dag_module(path: str = DAG_FILE) -> types.ModuleType:
    install_stubs()
    sys.dont_write_bytecode = True  # leave no __pycache__ next to the DAG file
    spec = importlib.util.spec_from_file_location("newspulse_daily", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["newspulse_daily"] = mod
    try:
        spec.loader.exec_module(mod)
    except Exception as e:  # noqa: BLE001 - report what Airflow would report when parsing the file
        raise Problem("importing %s failed: %s: %s" % (path, type(e).__name__, e)) from e
    return mod


def find_dag(mod: types.ModuleType) -> StubDAG:
    dags = [v for v in vars(mod).values() if isinstance(v, StubDAG)]
    if len(dags) != 1:
        raise Problem("expected one DAG in %s, found %d" % (mod.__file__, len(dags)))
    return dags[0]


def tasks_of(dag: StubDAG, kind: type) -> List[StubOperator]:
    return [t for t in dag.tasks if isinstance(t, kind)]


# ----------------------------------------------------------------------------------------------
# DAG checks
# ----------------------------------------------------------------------------------------------

def expected_opens() -> Optional[str]:
    """SPARK_JAVA_OPENS from jobs/spark-java-opens, when this script sits in the repository."""
    if not os.path.isfile(OPENS_FILE):
        return None
    with open(OPENS_FILE, encoding="utf-8") as f:
        m = re.search(r'^SPARK_JAVA_OPENS="([^"]*)"', f.read(), re.M)
    return m.group(1) if m else None


def check_dag(dag: StubDAG) -> List[str]:
    problems = []
    k = dag.kwargs
    if dag.dag_id != "newspulse_daily":
        problems.append("dag_id is %r, expected 'newspulse_daily'" % dag.dag_id)
    schedule = k.get("schedule", k.get("schedule_interval"))
    if schedule != "@daily":
        problems.append("schedule is %r, expected '@daily'" % (schedule,))
    if k.get("catchup") is not True:
        problems.append("catchup is %r, expected True (every interval since start_date is processed)"
                        % (k.get("catchup"),))
    if k.get("max_active_runs") != 1:
        problems.append("max_active_runs is %r, expected 1 (the job must not run concurrently on one output)"
                        % (k.get("max_active_runs"),))
    start = k.get("start_date")
    if not isinstance(start, datetime) or start.utcoffset() != timedelta(0) or start.time() != datetime.min.time():
        problems.append("start_date is %r, expected a UTC midnight (the job's windows are UTC days)" % (start,))

    submits = tasks_of(dag, StubSparkSubmitOperator)
    gates = tasks_of(dag, StubPythonOperator)
    if len(submits) != 1:
        problems.append("expected one SparkSubmitOperator, found %d" % len(submits))
        return problems
    s = submits[0]
    if s.effective.get("retries") != 2:
        problems.append("%s: retries is %r, expected 2" % (s.task_id, s.effective.get("retries")))
    delay = s.effective.get("retry_delay")
    if not isinstance(delay, timedelta) or delay <= timedelta(0):
        problems.append("%s: retry_delay is %r, expected a positive timedelta" % (s.task_id, delay))
    if s.kwargs.get("java_class") != WRAPPER_MAIN_CLASS:
        problems.append("%s: java_class is %r, expected %r" % (s.task_id, s.kwargs.get("java_class"),
                                                                WRAPPER_MAIN_CLASS))
    if "newspulse_job_jar" not in str(s.kwargs.get("application")):
        problems.append("%s: application %r does not come from Variable newspulse_job_jar"
                        % (s.task_id, s.kwargs.get("application")))
    args = s.kwargs.get("application_args") or []
    if not args or args[0] != "run" or not all(o in args for o in ("--input", "--output", "--from", "--to")):
        problems.append("%s: application_args %r, expected run --input --output --from --to" % (s.task_id, args))
    opens = expected_opens()
    conf = s.kwargs.get("conf") or {}
    for key in ("spark.driver.extraJavaOptions", "spark.executor.extraJavaOptions"):
        if key not in conf:
            problems.append("%s: conf has no %s" % (s.task_id, key))
        elif opens is not None and conf[key] != opens:
            problems.append("%s: conf %s differs from SPARK_JAVA_OPENS in %s" % (s.task_id, key, OPENS_FILE))
    if not any(s.task_id in g.upstream for g in gates):
        problems.append("no PythonOperator quality gate downstream of %s" % s.task_id)
    return problems


# ----------------------------------------------------------------------------------------------
# Template rendering
# ----------------------------------------------------------------------------------------------

def ds_filter(value: datetime) -> str:
    return value.strftime("%Y-%m-%d")


class _VariableValues:
    """Airflow's ``var.value`` accessor: attribute lookup, or .get(name, default)."""

    def __getattr__(self, name: str) -> str:
        return StubVariable.get(name)

    def get(self, name: str, default: Any = _NO_DEFAULT) -> Any:
        return StubVariable.get(name, default)


def template_context(dag: StubDAG, task: StubOperator, start: datetime, end: datetime,
                     param_overrides: Dict[str, Any]) -> Dict[str, Any]:
    params = dict(dag.params)
    params.update(task.kwargs.get("params") or {})
    params.update(param_overrides)
    return {
        "dag": dag, "task": task, "params": params,
        "data_interval_start": start, "data_interval_end": end,
        "logical_date": start, "execution_date": start,
        "ds": ds_filter(start), "ds_nodash": start.strftime("%Y%m%d"), "ts": start.isoformat(),
        "run_id": "scheduled__" + start.isoformat(),
        "macros": types.SimpleNamespace(timedelta=timedelta, datetime=datetime),
        "var": types.SimpleNamespace(value=_VariableValues()),
    }


def jinja2_renderer() -> Optional[Callable[[str, Dict[str, Any]], str]]:
    try:
        import jinja2
    except ImportError:
        return None
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    env.filters.update({"ds": ds_filter, "ds_nodash": lambda v: v.strftime("%Y%m%d"),
                        "ts": lambda v: v.isoformat()})
    return lambda text, ctx: env.from_string(text).render(**ctx)


_TEMPLATE = re.compile(r"\{\{(.*?)\}\}", re.S)
_FILTERS = {"ds": ds_filter, "ds_nodash": lambda v: v.strftime("%Y%m%d"), "ts": lambda v: v.isoformat()}
_SUBTRACT = re.compile(r"^\((.+)-\s*macros\.timedelta\(\s*days\s*=\s*(-?\d+)\s*\)\s*\)$")
_CALL = re.compile(r"^([A-Za-z_][\w.]*)\.get\((.*)\)$")
_NAME = re.compile(r"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$")


def _literal(text: str) -> Any:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    try:
        return json.loads(text)
    except ValueError:
        raise Problem("built-in renderer: unsupported literal %r" % text) from None


def _lookup(name: str, ctx: Dict[str, Any]) -> Any:
    head, *rest = name.split(".")
    if head not in ctx:
        raise Problem("built-in renderer: %r is undefined" % head)
    value = ctx[head]
    for part in rest:
        value = value[part] if isinstance(value, dict) else getattr(value, part)
    return value


def _evaluate(expr: str, ctx: Dict[str, Any]) -> Any:
    """The expressions the DAG uses: names, `a or b`, `x.get('k', 'default')`, `(d - macros.timedelta(days=N))`, `| filter`."""
    expr = expr.strip()
    if "|" in expr:
        value_expr, *filters = expr.split("|")
        value = _evaluate(value_expr, ctx)
        for f in filters:
            if f.strip() not in _FILTERS:
                raise Problem("built-in renderer: unsupported filter %r" % f.strip())
            value = _FILTERS[f.strip()](value)
        return value
    if " or " in expr:
        first, rest = expr.split(" or ", 1)
        return _evaluate(first, ctx) or _evaluate(rest, ctx)
    m = _SUBTRACT.match(expr)
    if m:
        return _evaluate(m.group(1), ctx) - timedelta(days=int(m.group(2)))
    m = _CALL.match(expr)
    if m:
        args = [_literal(a) for a in m.group(2).split(",")] if m.group(2).strip() else []
        return _lookup(m.group(1), ctx).get(*args)
    if _NAME.match(expr):
        return _lookup(expr, ctx)
    return _literal(expr)


def builtin_render(text: str, ctx: Dict[str, Any]) -> str:
    if "{%" in text or "{#" in text:
        raise Problem("built-in renderer: Jinja statements are not supported: %r" % text)
    return _TEMPLATE.sub(lambda m: str(_evaluate(m.group(1), ctx)), text)


def render_value(value: Any, render: Callable[[str, Dict[str, Any]], str], ctx: Dict[str, Any]) -> Any:
    if isinstance(value, str):
        return render(value, ctx)
    if isinstance(value, (list, tuple)):
        return type(value)(render_value(v, render, ctx) for v in value)
    if isinstance(value, dict):
        return {k: render_value(v, render, ctx) for k, v in value.items()}
    return value


def render_task(task: StubOperator, render: Callable[[str, Dict[str, Any]], str],
                ctx: Dict[str, Any]) -> Dict[str, Any]:
    """The task's arguments with its template fields rendered, as Airflow does before execute()."""
    out = dict(task.kwargs)
    for field in task.template_fields:
        if field in out:
            out[field] = render_value(out[field], render, ctx)
    return out


# ----------------------------------------------------------------------------------------------
# Commands
# ----------------------------------------------------------------------------------------------

_SUBMIT_OPTIONS = [("name", "--name"), ("driver_memory", "--driver-memory"),
                   ("executor_memory", "--executor-memory"), ("executor_cores", "--executor-cores"),
                   ("num_executors", "--num-executors"), ("total_executor_cores", "--total-executor-cores"),
                   ("jars", "--jars"), ("files", "--files"), ("packages", "--packages"), ("queue", "--queue")]


def submit_command(rendered: Dict[str, Any], wrapper: str, master: str) -> List[str]:
    """The SparkSubmitOperator's spark-submit options for jobs/newspulse-submit, then -- and its args."""
    cmd = [wrapper, "--master", master]
    for key, option in _SUBMIT_OPTIONS:
        if rendered.get(key) not in (None, ""):
            cmd += [option, str(rendered[key])]
    for key, value in (rendered.get("conf") or {}).items():
        cmd += ["--conf", "%s=%s" % (key, value)]
    return cmd + ["--"] + [str(a) for a in rendered.get("application_args") or []]


def parse_instant(text: str, option: str) -> datetime:
    t = text.strip()
    if t.endswith("Z"):
        t = t[:-1] + "+00:00"
    try:
        value = datetime.fromisoformat(t)
    except ValueError:
        raise Problem("%s %r: expected ISO-8601, e.g. 2025-03-04T00:00:00+00:00" % (option, text)) from None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def self_test(mod: types.ModuleType) -> int:
    def row(run_id: str, started: str, status: str = "SUCCEEDED", frm: Optional[str] = "2025-03-04",
            to: Optional[str] = "2025-03-04", read: int = 100, accepted: int = 95, quarantined: int = 3,
            command: str = "run") -> Dict[str, Any]:
        return {"run_id": run_id, "command": command, "started_at": started, "status": status,
                "message": None if status == "SUCCEEDED" else "boom", "window_from": frm, "window_to": to,
                "rows_read": read, "rows_accepted": accepted, "rows_quarantined": quarantined}

    ok = row("r1", "2025-03-05T01:00:00Z")
    cases = [
        ("passes", [ok], None),
        ("newest of two wins", [row("r0", "2025-03-05T00:00:00Z", accepted=0), ok], None),
        ("other windows and commands ignored", [ok, row("r2", "2025-03-06T01:00:00Z", frm="2025-03-05", to="2025-03-05",
                                                      accepted=0), row("r3", "2025-03-06T02:00:00Z", command="ingest",
                                                                       accepted=0)], None),
        ("no run for the window", [row("r2", "2025-03-06T01:00:00Z", frm="2025-03-05", to="2025-03-05")],
         "no NewsPulse run recorded"),
        ("newer windowless FAILED run", [ok, row("r9-failed", "2025-03-05T02:00:00Z", "FAILED", None, None)],
         "is FAILED"),
        ("too many quarantined", [row("r1", "2025-03-05T01:00:00Z", quarantined=6, accepted=90)],
         "above max_quarantined_share"),
        ("nothing accepted", [row("r1", "2025-03-05T01:00:00Z", accepted=0, quarantined=0)], "accepted no rows"),
    ]
    failures = []
    for name, rows, expected_error in cases:
        try:
            mod.evaluate_runs(rows, "2025-03-04", "2025-03-04", 0.05)
            error = None
        except AirflowException as e:
            error = str(e)
        if (expected_error is None and error is not None) or (
                expected_error is not None and (error is None or expected_error not in error)):
            failures.append("%s: expected %s, got %s" % (name, expected_error or "a pass", error or "a pass"))
    for f in failures:
        print("self-test FAILED: " + f, file=sys.stderr)
    if not failures:
        print("gate self-test OK (%d cases)" % len(cases))
    return 1 if failures else 0


def main(argv: Optional[List[str]] = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--dag", default=DAG_FILE, help="the DAG file (default: newspulse_daily.py beside this script)")
    p.add_argument("--interval-start", help="data_interval_start, ISO-8601 (naive = UTC)")
    p.add_argument("--interval-end", help="data_interval_end, ISO-8601 (naive = UTC)")
    p.add_argument("--input", help="Variable newspulse_input")
    p.add_argument("--output", help="Variable newspulse_output")
    p.add_argument("--var", action="append", default=[], metavar="KEY=VALUE", help="another Variable")
    p.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                   help="a DAG param, as given when triggering (value parsed as JSON when it can be)")
    p.add_argument("--master", default="local[2]", help="spark master for the local command (default local[2])")
    p.add_argument("--wrapper", default="jobs/newspulse-submit", help="submit wrapper (default jobs/newspulse-submit)")
    p.add_argument("--out", help="also write the command to FILE, one argument per line")
    p.add_argument("--renderer", choices=("auto", "jinja2", "builtin"), default="auto")
    p.add_argument("--gate", action="store_true", help="run the quality gate against --output")
    p.add_argument("--runs-json", metavar="FILE", help="with --gate: runs rows as JSON lines (no pyarrow needed)")
    p.add_argument("--self-test", action="store_true", help="check the gate's decisions on synthetic rows")
    a = p.parse_args(argv)

    try:
        for item in a.var:
            key, sep, value = item.partition("=")
            if not sep:
                raise Problem("--var %r: expected KEY=VALUE" % item)
            VARIABLES[key] = value
        if a.input is not None:
            VARIABLES["newspulse_input"] = a.input
        if a.output is not None:
            VARIABLES["newspulse_output"] = a.output
        overrides: Dict[str, Any] = {}
        for item in a.param:
            key, sep, value = item.partition("=")
            if not sep:
                raise Problem("--param %r: expected KEY=VALUE" % item)
            try:
                overrides[key] = json.loads(value)
            except ValueError:
                overrides[key] = value

        mod = load_dag_module(a.dag)
        dag = find_dag(mod)
        problems = check_dag(dag)
        if problems:
            raise Problem("DAG %s does not meet the requirements:\n  - %s" % (a.dag, "\n  - ".join(problems)))
        if a.self_test:
            return self_test(mod)
        if not a.interval_start or not a.interval_end:
            raise Problem("--interval-start and --interval-end are required")
        start = parse_instant(a.interval_start, "--interval-start")
        end = parse_instant(a.interval_end, "--interval-end")
        if end <= start:
            raise Problem("--interval-end must be after --interval-start")

        render = {"jinja2": jinja2_renderer(), "builtin": builtin_render}.get(a.renderer) \
            if a.renderer != "auto" else (jinja2_renderer() or builtin_render)
        if render is None:
            raise Problem("--renderer jinja2: jinja2 is not importable")

        if a.gate:
            gate = tasks_of(dag, StubPythonOperator)[0]
            kwargs = render_task(gate, render, template_context(dag, gate, start, end, overrides))
            if a.runs_json:
                with open(a.runs_json, encoding="utf-8") as f:
                    rows = [json.loads(line) for line in f if line.strip()]
                mod.read_runs = lambda output: rows  # the callable looks read_runs up at call time
            try:
                kwargs["python_callable"](*(kwargs.get("op_args") or []), **(kwargs.get("op_kwargs") or {}))
            except AirflowException as e:
                print("quality gate FAILED: %s" % e)
                return 1
            return 0

        submit = tasks_of(dag, StubSparkSubmitOperator)[0]
        rendered = render_task(submit, render, template_context(dag, submit, start, end, overrides))
        cmd = submit_command(rendered, a.wrapper, a.master)
        print("DAG %s OK: schedule @daily, catchup, max_active_runs 1, %s retries 2" % (dag.dag_id, submit.task_id))
        print("conn_id %s, application %s, java_class %s" % (
            submit.kwargs.get("conn_id"), rendered.get("application"), rendered.get("java_class")))
        print("command: " + " ".join(shlex.quote(c) for c in cmd))
        if a.out:
            with open(a.out, "w", encoding="utf-8") as f:
                f.write("".join(c + "\n" for c in cmd))
        return 0
    except Problem as e:
        print("render_command: %s" % e, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
