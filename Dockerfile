# newsfacts Airflow image: the official Airflow 3 image plus our pinned dependencies and the
# `newsfacts` package. docker-compose.yaml builds it once and runs every Airflow component from it.
#
#   docker compose build          # or: docker build -t newsfacts/airflow:local .
#
# Keep the Airflow version here equal to the apache-airflow pin in requirements.txt
# (tests/test_compose.py checks this).
FROM apache/airflow:3.3.2-python3.11

# The base image installs Python packages for the unprivileged `airflow` user (GID 0), so the
# image also works when started with an arbitrary UID; stay that user for every pip call.
USER airflow
WORKDIR /opt/airflow

# 1) Third-party dependencies first: this layer is rebuilt only when requirements.txt changes.
#    Repeating apache-airflow==$AIRFLOW_VERSION (set by the base image) stops a requirement
#    from silently up- or downgrading the Airflow that the image was built around.
COPY --chown=airflow:0 requirements.txt /opt/airflow/requirements.txt
RUN pip install --no-cache-dir "apache-airflow==${AIRFLOW_VERSION}" -r /opt/airflow/requirements.txt

# 2) The project itself. include/ lands at /opt/airflow/include, the same path compose bind-mounts
#    ./include onto, so the editable install resolves `newsfacts` (and its sql/ and feeds.yaml
#    siblings) there, both with and without the development bind mount. --no-deps: everything
#    it needs came from requirements.txt above.
COPY --chown=airflow:0 pyproject.toml README.md /opt/airflow/
COPY --chown=airflow:0 include/ /opt/airflow/include/
RUN pip install --no-cache-dir --no-deps -e /opt/airflow \
    && mkdir -p /opt/airflow/data

# Defaults for running the image on its own; docker-compose.yaml sets the same values explicitly.
ENV PYTHONPATH=/opt/airflow/include \
    NEWSFACTS_FEEDS=/opt/airflow/include/feeds.yaml \
    NEWSFACTS_DATA_DIR=/opt/airflow/data
