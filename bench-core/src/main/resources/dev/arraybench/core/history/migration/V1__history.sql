-- arraybench history, schema 1: SQL that SQLite and PostgreSQL both run as written. Keys are digests
-- computed by arraybench, so no table needs an engine-specific auto-increment column.

-- A machine class: the fingerprint (processor, cores, JDK, flags, vector width, OS) as JSON, keyed by its digest.
CREATE TABLE machine (
    machine_key TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    fingerprint TEXT NOT NULL
);

-- A benchmark: JMH method, mode and every parameter (a JSON object), keyed by the digest of all three.
CREATE TABLE benchmark (
    benchmark_key TEXT PRIMARY KEY,
    method TEXT NOT NULL,
    mode TEXT NOT NULL,
    params TEXT NOT NULL
);

-- One machine's results from one added file, keyed by the digest of the file's bytes (and the machine's
-- place in a fleet file), so adding the same file again finds it.
CREATE TABLE run (
    run_key TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    machine_key TEXT NOT NULL REFERENCES machine (machine_key),
    commit_sha TEXT NOT NULL,
    branch TEXT NOT NULL,
    run_time TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX run_by_branch ON run (branch, run_time);

-- A benchmark's score in a run, in the run's unit.
CREATE TABLE result (
    run_key TEXT NOT NULL REFERENCES run (run_key),
    benchmark_key TEXT NOT NULL REFERENCES benchmark (benchmark_key),
    unit TEXT NOT NULL,
    score DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (run_key, benchmark_key)
);

-- Each fork of a result: its mean and its measured iterations (space-separated, Java's shortest exact form).
CREATE TABLE fork (
    run_key TEXT NOT NULL,
    benchmark_key TEXT NOT NULL,
    fork_index INTEGER NOT NULL,
    mean DOUBLE PRECISION NOT NULL,
    samples TEXT NOT NULL,
    PRIMARY KEY (run_key, benchmark_key, fork_index),
    FOREIGN KEY (run_key, benchmark_key) REFERENCES result (run_key, benchmark_key)
);
