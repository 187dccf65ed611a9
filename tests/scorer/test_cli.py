"""python -m scorer: exit codes, one-line errors, --json equals to_dict()."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from scorer import score

ROOT = Path(__file__).resolve().parents[2]
ANSWER = ("Nobody asked me to, but I traced the refund delays to a batch job and rewrote its filter. "
          "Refund time fell from nine days to two. I added an alarm so it would not recur.")


def run(*args, stdin=b""):
    return subprocess.run([sys.executable, "-m", "scorer", *args], input=stdin, cwd=ROOT,
                          capture_output=True, timeout=60)


def test_json_output_equals_to_dict(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ANSWER, encoding="utf-8")
    p = run("--lp", "ownership", "--json", str(f))
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout) == score(ANSWER, "ownership").to_dict()


def test_stdin_and_dash_and_table():
    for args in ((), ("-",)):
        p = run(*args, stdin=ANSWER.encode())
        assert p.returncode == 0
        out = p.stdout.decode()
        assert "Total" in out and "Band:" in out and "Ownership signal" in out


@pytest.mark.parametrize("args,stdin", [
    ((), b""),
    ((), b"   \n\t  "),
    ((), b"\xff\xfe\x00bad"),
    (("--lp", "nope"), ANSWER.encode()),
    (("/no/such/answer.txt",), b""),
    (("--bogus",), b""),
])
def test_errors_exit_2_with_one_line(args, stdin):
    p = run(*args, stdin=stdin)
    assert p.returncode == 2
    err = p.stderr.decode()
    assert err.count("\n") == 1 and err.strip() and "Traceback" not in err
    assert p.stdout == b""


def test_unknown_lp_lists_the_valid_ids():
    err = run("--lp", "nope", stdin=ANSWER.encode()).stderr.decode()
    assert "customer-obsession" in err and "success-and-scale-bring-broad-responsibility" in err
