"""The command line as cli.md promises it, run in-process for speed."""

import json

import pytest

from minutetaker.cli.main import main
from minutetaker.interchange import meeting_to_json


@pytest.fixture
def cli(data_dir, capsys):
    def run(*args):
        code = main(["--data-dir", str(data_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def meeting_file(tmp_path, sample_meeting):
    path = tmp_path / "march.json"
    path.write_text(meeting_to_json(sample_meeting), encoding="utf-8")
    return path


def test_import_show_search_and_export_keep_the_meeting_whole(cli, meeting_file, tmp_path):
    assert cli("import", str(meeting_file))[0] == 0
    code, out, _ = cli("list", "--json")
    assert code == 0
    listed = json.loads(out)
    assert [(m["date"], m["title"], m["template"], m["state"]) for m in listed] == [
        ("2031-03-18", "Monthly Assurance Meeting", "monthly-assurance", "draft")
    ]
    code, out, _ = cli("show", "2031-03-18", "--json")
    assert json.loads(out) == json.loads(meeting_file.read_text("utf-8"))
    out_file = tmp_path / "back.json"
    assert cli("export", "2031-03-18", "--out", str(out_file))[0] == 0
    assert json.loads(out_file.read_text("utf-8")) == json.loads(meeting_file.read_text("utf-8"))
    code, out, _ = cli("search", "shoplifting", "--json")
    hits = json.loads(out)
    assert hits[0]["item_number"] == "4a" and set(hits[0]) == {
        "meeting_id",
        "date",
        "item_number",
        "item_heading",
        "snippet",
    }


def test_show_prints_a_readable_meeting(cli, meeting_file):
    cli("import", str(meeting_file))
    code, out, _ = cli("show", "1")
    assert code == 0
    assert "Tuesday 18 March 2031 @ 10:30" in out
    assert "4a   PERFORMANCE AGAINST THE POLICE AND CRIME PLAN" in out
    assert "not for publication: operationally sensitive" in out


def test_a_broken_file_is_refused_and_nothing_is_written(cli, meeting_file, tmp_path):
    bad = json.loads(meeting_file.read_text("utf-8"))
    bad["items"][2]["blocks"][0]["type"] = "para"
    bad_file = tmp_path / "bad.json"
    bad_file.write_text(json.dumps(bad), encoding="utf-8")
    code, _out, err = cli("import", str(meeting_file), str(bad_file))
    assert code == 1
    assert "bad.json: items[2].blocks[0].type:" in err
    assert "Traceback" not in err
    code, _, err = cli("list", "--json")  # refused before the archive was even made
    assert code == 1 and "There is no archive in" in err


def test_importing_the_same_meeting_twice_is_refused_unless_replacing(cli, meeting_file):
    cli("import", str(meeting_file))
    code, _, err = cli("import", str(meeting_file))
    assert code == 1 and "already holds" in err
    assert cli("import", "--replace", str(meeting_file))[0] == 0
    assert len(json.loads(cli("list", "--json")[1])) == 1


def test_new_carries_forward_the_open_actions(cli, meeting_file):
    cli("import", str(meeting_file))
    code, out, _ = cli("new")
    assert code == 0 and "Tuesday 15 April 2031" in out and "3 actions brought forward" in out
    code, out, _ = cli("new", "--date", "2031-06-17")
    assert "17 June 2031" in out


def test_actions_lists_every_action_with_the_promised_fields(cli, meeting_file):
    cli("import", str(meeting_file))
    rows = json.loads(cli("actions", "--json")[1])
    assert [(r["owner"], r["status"], r["item_number"]) for r in rows] == [
        ("ACC", "open", "4a"),
        ("CC", "open", "4a"),
    ]
    assert set(rows[0]) == {
        "id",
        "meeting_id",
        "meeting_date",
        "item_number",
        "text",
        "owner",
        "due",
        "status",
    }
    assert json.loads(cli("actions", "--json", "--owner", "cc")[1])[0]["owner"] == "CC"
    assert json.loads(cli("actions", "--json", "--status", "discharged")[1]) == []


def test_expected_failures_exit_1_with_one_sentence(cli, meeting_file):
    cli("import", str(meeting_file))
    code, _, err = cli("show", "2030-01-01")
    assert (
        code == 1
        and err.strip() == "minutetaker: There is no meeting on 2030-01-01 in the archive."
    )
    code, _, err = cli("new", "--template", "nope")
    assert code == 1 and "monthly-assurance" in err


def test_a_wrong_command_line_exits_2(cli):
    with pytest.raises(SystemExit) as caught:
        cli("list", "--jsn")
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        cli("export", "1", "--out", "notes.txt")
    assert caught.value.code == 2
    with pytest.raises(SystemExit) as caught:
        cli("new", "--date", "2031-02-30")
    assert caught.value.code == 2


def test_hostile_search_queries_answer_quietly(cli, meeting_file):
    cli("import", str(meeting_file))
    for query in ['"', "AND", "(", "a:b", "-", "NEAR(", "*"]:
        code, _, err = cli("search", query)
        assert code == 0 and err == ""


def test_demo_fills_the_archive_with_a_chain_of_meetings(cli):
    assert cli("demo", "--meetings", "12")[0] == 0
    meetings = json.loads(cli("list", "--json")[1])
    assert len(meetings) == 12
    actions = json.loads(cli("actions", "--json")[1])
    assert {"open", "discharged"} <= {a["status"] for a in actions}
    assert json.loads(cli("search", "Northshire", "--json")[1])


def test_backup_and_restore_from_the_command_line(cli, meeting_file, data_dir):
    cli("import", str(meeting_file))
    code, out, _ = cli("backup")
    assert code == 0 and "backups" in out
    cli("new")
    code, out, _ = cli("restore")
    assert code == 0 and out.lstrip().startswith("1  ")
    code, out, _ = cli("restore", "1")
    assert code == 0 and "kept as" in out
    assert len(json.loads(cli("list", "--json")[1])) == 1
    code, _, err = cli("restore", "9")
    assert code == 1 and "no backup number 9" in err


def test_a_damaged_archive_points_to_restore(cli, meeting_file, data_dir):
    cli("import", str(meeting_file))
    (data_dir / "archive.sqlite-wal").unlink(missing_ok=True)
    (data_dir / "archive.sqlite").write_bytes(b"garbage" * 1000)
    code, _, err = cli("list")
    assert code == 1 and "damaged" in err and "minutetaker restore" in err


def test_a_search_may_start_with_an_exclusion_and_need_no_quotes(cli, meeting_file):
    cli("import", str(meeting_file))
    code, out, _ = cli("search", "-shoplifting", "eastport", "--json")
    assert code == 0 and json.loads(out) and all(h["item_number"] != "4a" for h in json.loads(out))
    code, out, _ = cli("search", "-horse eastport", "--json")
    assert code == 0 and "4a" in {h["item_number"] for h in json.loads(out)}
    code, out, _ = cli("search", "retail", "parks", "--json")
    assert json.loads(out)[0]["item_number"] == "4a"


def test_search_says_when_the_limit_cut_the_results(cli, meeting_file):
    cli("import", str(meeting_file))
    code, out, _ = cli("search", "the", "--limit", "1")
    assert code == 0 and "--limit" in out


def test_the_same_meeting_twice_in_one_import_is_refused(cli, meeting_file):
    code, _, err = cli("import", str(meeting_file), str(meeting_file))
    assert code == 1 and "also in" in err
    assert json.loads(cli("list", "--json")[1]) == []  # the archive was made, and is empty


def test_an_action_id_shared_by_two_files_names_both(cli, meeting_file, tmp_path):
    other = json.loads(meeting_file.read_text("utf-8"))
    other["date"] = "2031-04-15"
    other["next_meeting"]["date"] = "2031-05-20"  # after its own
    second = tmp_path / "april.json"
    second.write_text(json.dumps(other), encoding="utf-8")
    code, _, err = cli("import", str(meeting_file), str(second))
    assert code == 1 and "april.json" in err and "march.json" in err and "a-retail-1" in err


def test_new_refuses_a_second_meeting_on_the_same_date(cli, meeting_file):
    cli("import", str(meeting_file))
    assert cli("new", "--date", "2031-06-17")[0] == 0
    code, _, err = cli("new", "--date", "2031-06-17")
    assert code == 1 and "already holds" in err


def test_the_demo_goes_only_into_an_empty_archive(cli):
    assert cli("demo", "--meetings", "2")[0] == 0
    code, _, err = cli("demo", "--meetings", "2")
    assert code == 1 and "empty archive" in err
    assert len(json.loads(cli("list", "--json")[1])) == 2


def test_odd_arguments_are_refused_cleanly(cli, capsys, meeting_file):
    cli("import", str(meeting_file))
    code, _, err = cli("show", "99999999999999999999")
    assert code == 1 and "no meeting with id" in err
    for argv in (
        ["--data-dir", "", "list"],
        ["search", "x", "--limit", "9223372036854775808"],
        ["new", "--template", "../../pyproject"],
        ["export", "1", "--out", "a.json", "--public"],
    ):
        with pytest.raises(SystemExit) as caught:
            main(argv)
        assert caught.value.code == 2, argv
    capsys.readouterr()


def test_commands_that_add_meetings_wait_for_the_window_to_close(cli, meeting_file, data_dir):
    from minutetaker.store.lock import ArchiveLock

    assert cli("new", "--date", "2031-01-21")[0] == 0
    with ArchiveLock.acquire(data_dir):  # as an open window holds it
        for argv in (("import", str(meeting_file)), ("new",), ("demo", "--meetings", "1")):
            code, _, err = cli(*argv)
            assert code == 1 and "open in a minutetaker window" in err, argv
        assert cli("list")[0] == 0  # reading is fine
    assert cli("import", str(meeting_file))[0] == 0
