"""NewsPulse daily batch: one Spark job per daily data interval, then a data-quality gate.

DAG ``newspulse_daily`` (Airflow 2.4 or later, with the ``apache-airflow-providers-apache-spark``
provider; the gate task also needs ``pyarrow`` on the workers).

Tasks, for each daily data interval [D, D+1):

1. ``newspulse_run`` (SparkSubmitOperator): submits the job jar,
   ``com.newspulse.cli.NewsPulseMain run --input IN --output OUT --from D --to D``.
   The window comes from the run's data interval, never from the current time, so a run
   scheduled late, retried or backfilled processes the same day.
2. ``newspulse_quality_gate`` (PythonOperator): reads ``OUT/runs`` and fails the DAG run when the
   newest ``run`` recorded for the window did not succeed, accepted no rows, or quarantined more
   than ``max_quarantined_share`` (default 0.05) of the rows it read.

Install
-------
1. Build the job jar (``mvn -B -DskipTests package`` -> ``target/newspulse-job.jar``) and copy it
   where the Spark connection can reach it (local path on the Airflow workers for client mode,
   or an HDFS/S3 URI), e.g. ``/opt/newspulse/newspulse-job.jar``.
2. Copy this file into the Airflow ``dags_folder``.
3. Create a Spark connection (Admin -> Connections, type "Spark"): host = the master
   (``yarn``, ``spark://host:7077``, ``k8s://...``, ``local[4]``), extra e.g.
   ``{"deploy-mode": "cluster", "spark-binary": "spark-submit"}``. Default id ``spark_default``.
4. Set the Variables (``airflow variables set NAME VALUE``):

   ==========================  ========================================================
   ``newspulse_input``         input Parquet path (required), e.g. ``hdfs:///news/articles``
   ``newspulse_output``        output tables path (required), e.g. ``hdfs:///news/pulse``
   ``newspulse_job_jar``       job jar (default ``/opt/newspulse/newspulse-job.jar``)
   ``newspulse_spark_conn``    Spark connection id (default ``spark_default``) [*]
   ``newspulse_start_date``    first day to process, ``YYYY-MM-DD`` (default 2025-01-01) [*]
   ==========================  ========================================================

   [*] read when the scheduler parses this file (they shape the DAG); the others are read when a
   task runs. ``input``, ``output`` and ``max_quarantined_share`` are also DAG params: a manual
   trigger with ``{"input": ..., "output": ...}`` overrides the Variables for that run.
5. Unpause the DAG. ``catchup=True``: every day since the start date is processed, oldest first.

Re-runs and backfills
---------------------
Each DAG run owns exactly its day: the job replaces that window's partitions (and the trend
periods whose baseline depends on them), leaving other dates untouched, so clearing a task
instance or re-running an interval is idempotent. To (re)process a range:

    airflow dags backfill newspulse_daily -s 2025-03-01 -e 2025-03-31 --reset-dagruns

(or clear the runs in the UI). ``max_active_runs=1`` and ``max_active_tis_per_dag=1`` keep one job
per output path at a time: the job must never run twice concurrently on one output, so do not
point another DAG or a manual ``spark-submit`` at the same output while this DAG is active.

Importing this file has no side effects beyond reading the two parse-time Variables above.
"""

from __future__ import annotations

import os
import posixpath
from datetime import datetime, timedelta, timezone
from typing import Any, Dict, Iterable, List, Optional
from urllib.parse import unquote

from airflow import DAG
from airflow.exceptions import AirflowException
from airflow.models import Variable
from airflow.operators.python import PythonOperator
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

DAG_ID = "newspulse_daily"
SUBMIT_TASK_ID = "newspulse_run"
GATE_TASK_ID = "newspulse_quality_gate"
JAVA_CLASS = "com.newspulse.cli.NewsPulseMain"
DEFAULT_JOB_JAR = "/opt/newspulse/newspulse-job.jar"
DEFAULT_SPARK_CONN = "spark_default"
DEFAULT_START_DATE = "2025-01-01"
DEFAULT_MAX_QUARANTINED_SHARE = 0.05

# Spark's JVM flags for Java 17: a copy of jobs/spark-java-opens (keep the two identical; the
# repository's Airflow test checks it).
SPARK_JAVA_OPENS = " ".join([
    "-XX:+IgnoreUnrecognizedVMOptions",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
    "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/java.net=ALL-UNNAMED",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.util=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
    "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
    "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
    "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
    "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
    "-Djdk.reflect.useDirectMethodHandle=false",
    "-Dio.netty.tryReflectionSetAccessible=true",
])

# Jinja templates, rendered by Airflow for each task instance. The window is the data interval
# [start, end) as inclusive UTC days: a daily interval [2025-03-04, 2025-03-05) -> 2025-03-04..2025-03-04.
WINDOW_FROM = "{{ data_interval_start | ds }}"
WINDOW_TO = "{{ (data_interval_end - macros.timedelta(days=1)) | ds }}"
INPUT_PATH = "{{ params.input or var.value.newspulse_input }}"
OUTPUT_PATH = "{{ params.output or var.value.newspulse_output }}"
JOB_JAR = "{{ var.value.get('newspulse_job_jar', '" + DEFAULT_JOB_JAR + "') }}"


def _parse_time_variable(name: str, default: str) -> str:
    """A Variable needed to build the DAG itself; the default when unset or no metadata DB is reachable."""
    try:
        value = Variable.get(name, default_var=default)
    except Exception:  # noqa: BLE001 - e.g. a syntax check without an Airflow database
        return default
    return value if value else default


def _start_date() -> datetime:
    day = _parse_time_variable("newspulse_start_date", DEFAULT_START_DATE)
    try:
        parsed = datetime.strptime(day.strip(), "%Y-%m-%d")
    except ValueError:
        raise ValueError("Variable newspulse_start_date = %r: expected YYYY-MM-DD" % day) from None
    # UTC midnight: the job's windows are UTC days, so the intervals must be too.
    return parsed.replace(tzinfo=timezone.utc)


# --------------------------------------------------------------------------------------------
# Data-quality gate
# --------------------------------------------------------------------------------------------

def _day(value: Any) -> Optional[str]:
    """A date, datetime or ISO string as YYYY-MM-DD (None stays None)."""
    if value is None:
        return None
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")
    return str(value)[:10]


def _int(value: Any) -> int:
    return 0 if value is None else int(value)


def _instant(value: Any) -> float:
    """``started_at`` as epoch seconds: a datetime (naive = UTC) or an ISO-8601 string."""
    if value is None:
        return float("-inf")
    if not isinstance(value, datetime):
        text = str(value).strip().replace(" ", "T")
        if text.endswith("Z"):
            text = text[:-1] + "+00:00"
        try:
            value = datetime.fromisoformat(text)
        except ValueError:
            return float("-inf")
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.timestamp()


def read_runs(output: str) -> List[Dict[str, Any]]:
    """Every row of ``<output>/runs`` (``runs/run_id=*/part-*.parquet``), read with pyarrow.

    Local paths and any URI pyarrow has a filesystem for (``hdfs://``, ``s3://``, ``gs://``...).
    """
    try:
        import pyarrow.parquet as pq
        from pyarrow import fs as pafs
    except ImportError as e:
        raise AirflowException(
            "the NewsPulse quality gate reads %s/runs with pyarrow, which is not installed on this "
            "worker (pip install pyarrow)" % output) from e
    runs_dir = output.rstrip("/") + "/runs"
    if "://" in runs_dir:
        filesystem, base = pafs.FileSystem.from_uri(runs_dir)
    else:
        filesystem, base = pafs.LocalFileSystem(), os.path.abspath(runs_dir)
    selector = pafs.FileSelector(base, allow_not_found=True, recursive=True)
    rows: List[Dict[str, Any]] = []
    for info in filesystem.get_file_info(selector):
        folder = posixpath.basename(posixpath.dirname(info.path))
        if (info.type != pafs.FileType.File or not folder.startswith("run_id=")
                or not info.base_name.startswith("part-") or not info.base_name.endswith(".parquet")):
            continue
        table = pq.read_table(info.path, filesystem=filesystem)
        columns = table.to_pydict()
        for i in range(table.num_rows):
            row = {name: values[i] for name, values in columns.items()}
            row.setdefault("run_id", unquote(folder[len("run_id="):]))
            rows.append(row)
    return rows


def evaluate_runs(rows: Iterable[Dict[str, Any]], window_from: str, window_to: str,
                  max_quarantined_share: float) -> Dict[str, Any]:
    """Checks the newest ``run`` recorded for the window; returns its summary or raises AirflowException.

    A FAILED run records no window (the job fails before or while computing it), so a windowless
    ``run`` row newer than the newest one for this window counts as this window's latest attempt:
    the DAG runs one job at a time on the output (max_active_runs=1), right before this gate.
    """
    candidates = [r for r in rows if r.get("command") == "run" and (
        (_day(r.get("window_from")), _day(r.get("window_to"))) == (window_from, window_to)
        or (r.get("window_from") is None and r.get("window_to") is None))]
    window = "%s..%s" % (window_from, window_to)
    if not any(r.get("window_from") is not None for r in candidates):
        raise AirflowException("no NewsPulse run recorded for window %s in runs" % window)
    newest = max(candidates, key=lambda r: (_instant(r.get("started_at")), str(r.get("run_id"))))
    run_id, status = newest.get("run_id"), newest.get("status")
    if status != "SUCCEEDED":
        raise AirflowException("newest NewsPulse run for window %s (%s) is %s: %s" % (
            window, run_id, status, newest.get("message")))
    if newest.get("window_from") is None:
        raise AirflowException("newest NewsPulse run (%s) recorded no window, expected %s" % (run_id, window))
    read, accepted = _int(newest.get("rows_read")), _int(newest.get("rows_accepted"))
    quarantined = _int(newest.get("rows_quarantined"))
    if accepted == 0:
        raise AirflowException("NewsPulse run %s for window %s accepted no rows (read %d, quarantined %d)" % (
            run_id, window, read, quarantined))
    share = quarantined / read if read else 0.0
    if share > max_quarantined_share:
        raise AirflowException(
            "NewsPulse run %s for window %s quarantined %d of %d rows (%.1f%%), above max_quarantined_share %.1f%%"
            % (run_id, window, quarantined, read, 100 * share, 100 * max_quarantined_share))
    return {"run_id": run_id, "window": window, "rows_read": read, "rows_accepted": accepted,
            "rows_quarantined": quarantined, "quarantined_share": share}


def check_newspulse_run(output: str, window_from: str, window_to: str,
                        max_quarantined_share: Any = DEFAULT_MAX_QUARANTINED_SHARE, **_: Any) -> Dict[str, Any]:
    """The gate task's callable (arguments rendered from op_kwargs). The summary goes to XCom."""
    share = float(max_quarantined_share)
    summary = evaluate_runs(read_runs(output), window_from, window_to, share)
    print("NewsPulse quality gate passed: run %(run_id)s, window %(window)s, rows read %(rows_read)d, "
          "accepted %(rows_accepted)d, quarantined %(rows_quarantined)d" % summary)
    return summary


# --------------------------------------------------------------------------------------------
# DAG
# --------------------------------------------------------------------------------------------

with DAG(
    dag_id=DAG_ID,
    description="NewsPulse: ingest, enrich and trend one day of news per data interval",
    schedule="@daily",
    start_date=_start_date(),
    catchup=True,
    max_active_runs=1,
    default_args={
        "owner": "newspulse",
        "depends_on_past": False,
        "retries": 2,
        "retry_delay": timedelta(minutes=10),
    },
    params={
        "input": "",
        "output": "",
        "max_quarantined_share": DEFAULT_MAX_QUARANTINED_SHARE,
    },
    tags=["newspulse"],
    doc_md=__doc__,
) as dag:
    run_job = SparkSubmitOperator(
        task_id=SUBMIT_TASK_ID,
        conn_id=_parse_time_variable("newspulse_spark_conn", DEFAULT_SPARK_CONN),
        application=JOB_JAR,
        java_class=JAVA_CLASS,
        name="newspulse-" + WINDOW_FROM,
        conf={
            "spark.driver.extraJavaOptions": SPARK_JAVA_OPENS,
            "spark.executor.extraJavaOptions": SPARK_JAVA_OPENS,
        },
        application_args=[
            "run",
            "--input", INPUT_PATH,
            "--output", OUTPUT_PATH,
            "--from", WINDOW_FROM,
            "--to", WINDOW_TO,
        ],
        # One job per output path at a time, also across backfills and manual runs of this DAG.
        max_active_tis_per_dag=1,
    )

    quality_gate = PythonOperator(
        task_id=GATE_TASK_ID,
        python_callable=check_newspulse_run,
        op_kwargs={
            "output": OUTPUT_PATH,
            "window_from": WINDOW_FROM,
            "window_to": WINDOW_TO,
            "max_quarantined_share": "{{ params.max_quarantined_share }}",
        },
        # A quality failure is not transient: fix the input or config, then clear the interval.
        retries=0,
    )

    run_job >> quality_gate
