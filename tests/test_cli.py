"""The installed command, run as a user runs it: ``python -m aiwatch extract ...`` in a subprocess."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT

CONTRACT = ("id", "path", "format", "title", "url", "published", "source", "author", "editor")
LISTS = ("categories", "tags", "warnings")


def aiwatch(*args: str, stdin: bytes | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "aiwatch", *args],
        input=stdin.decode("utf-8") if stdin is not None else None,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=120,
    )
    return result


def articles(result: subprocess.CompletedProcess[str]) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def error_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in result.stderr.splitlines() if not line.endswith("input(s) with errors")]


@pytest.fixture(scope="module")
def examples_run() -> subprocess.CompletedProcess[str]:
    return aiwatch("extract", "examples", "--no-analyze")


def test_examples_all_come_out_without_error(examples_run: subprocess.CompletedProcess[str]) -> None:
    assert examples_run.returncode == 0, examples_run.stderr
    assert error_lines(examples_run) == []
    assert examples_run.stderr.strip() == "22 article(s) written, 0 input(s) with errors"
    out = articles(examples_run)
    assert len(out) == 22
    for article in out:
        for key in CONTRACT:
            assert key in article, (article["path"], key)
        for key in LISTS:
            assert isinstance(article[key], list)
        assert article["body"].strip(), article["path"]
        assert article["title"], article["path"]
        assert len(article["id"]) == 16


def test_examples_paths_and_formats(examples_run: subprocess.CompletedProcess[str]) -> None:
    got = {a["path"]: a["format"] for a in articles(examples_run)}
    assert got["examples/json/news_feed.jsonl#3"] == "json"
    assert got["examples/json/crawler_export_cn.json#2"] == "json"
    assert got["examples/warc/crawl.warc.gz#2"] == "warc"
    assert got["examples/feeds/anhui_ai_channel_gb2312.xml#2"] == "feed"
    assert got["examples/csv/collector_export_gbk.csv#2"] == "csv"
    assert got["examples/records/funding_round_conflict.txt"] == "record"
    assert got["examples/posts/chengdu-medical-ai-hugo.md"] == "frontmatter"
    assert got["examples/html/autonomous_driving_gb2312.htm"] == "html"
    assert got["examples/text/robot_expo_utf16.txt"] == "text"
    assert "examples/README.md" not in got


#: Per example: (title, noise that must not be left in the body, a sentence that must stay).
EXPECTED = {
    "text/hefei_policy_gb18030.txt": (
        "合肥印发通用人工智能产业发展若干政策 每年安排不低于10亿元专项资金",
        ["您现在的位置", "本篇文章", "上一篇", "版权所有", "举报/反馈", "扫一扫", "打印本页", "欢迎您"],
        "《若干政策》自发布之日起施行，有效期三年。",
    ),
    "text/robot_expo_utf16.txt": (
        "2024京津冀机器人博览会在北京亦庄开幕 27款人形机器人同台亮相",
        ["责任编辑", "来源：京华科技网"],
        "本届大会将持续至8月25日，同期举办机器人技能大赛和26场专题论坛。",
    ),
    "text/nanjing_lab_utf8bom.txt": (
        "江宁理工大学智能感知实验室在国际视觉会议上发表多项成果",
        ["发布时间", "\ufeff"],
        "检测准确率由原来的91.2%提升到97.5%。",
    ),
    "html/chip_launch_gbk.html": (
        "芯曜半导体发布7纳米AI推理芯片“曜石X1” 能效比提升2.3倍",
        ["分享到", "热门排行", "网友评论", "上一篇", "Copyright", "扫码", "首页", "56.78", "_hmt"],
        "能否在真实业务中稳定运行将是客户最关心的问题。",
    ),
    "html/autonomous_driving_gb2312.htm": (
        "广州驰远获全无人驾驶测试许可 首批20辆车在南沙上路",
        ["相关新闻", "返回顶部", "版权所有", "论坛", "font-size"],
        "但大规模推广仍取决于法规完善、保险制度和公众接受程度。",
    ),
    "posts/chengdu-medical-ai-hugo.md": (
        "锦城医院与蓉芯医疗共建医学影像大模型 已覆盖12类常见病",
        ["+++", "**", "## "],
        "将把医学影像人工智能纳入全市智慧医院建设的重点项目。",
    ),
    "posts/hexo-shenzhen-embodied-ai.md": (
        "深圳发布具身智能机器人行动计划 三年内培育10家百亿级企业",
        ["---", "tags:", "转载请注明出处"],
        "其中工业机器人产量占全国的近三分之一。",
    ),
    "records/funding_round_conflict.txt": (
        "灵犀机器人完成8亿元B轮融资 加速人形机器人量产",
        ["<<<<<<<", "=======", ">>>>>>>", "关键词"],
        "2023年机器人产业总产值达到1940亿元。",
    ),
    "warc/crawl.warc.gz#1": (
        "苏州发布低空经济与人工智能融合发展三年行动方案",
        ["推荐阅读", "版权所有", "首页"],
        "吴江、相城两区已开通无人机物流配送试点航线38条。",
    ),
    "text/hongkong_supercomputing_big5.txt": (
        "香港数码港人工智能超算中心首阶段启用 算力达3000PFLOPS",  # converted to simplified by default
        ["星期一", "數碼港"],
        "但仍需在数据跨境流动及电力供应方面配合更多政策支援。",
    ),
    "csv/collector_export_gbk.csv#1": (
        "无锡发布车联网先导区建设方案 三年开放500公里智能网联道路",
        ["2024-09-10 08:00:12", "太湖日报"],
        "据统计，无锡已集聚车联网相关企业300余家，2023年产业规模约480亿元。",
    ),
    "feeds/anhui_ai_channel_gb2312.xml#1": (
        "江淮声智发布医疗大模型新版本 已在安徽300家基层医院使用",
        ["<p>", "CDATA", "江淮科技网"],
        "辅助诊断结果必须由医生审核确认。",
    ),
    "json/news_feed.jsonl#2": (
        "渤海港口集团智慧码头无人集装箱卡车规模化运营满两年",
        ["津沽财经"],
        "综合能耗下降17%。",
    ),
    "posts/2024-11-06-wuhan-computing-center.html": (
        "光谷智算中心二期投用 总算力达到400P",
        ["分享到", "<p>", "layout:"],
        "并对中小企业使用算力给予最高50%的费用补贴。",
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_title_and_clean_body(examples_run: subprocess.CompletedProcess[str], name: str) -> None:
    title, noise, kept = EXPECTED[name]
    (article,) = [a for a in articles(examples_run) if a["path"] == f"examples/{name}"]
    assert article["title"] == title
    for snippet in noise:
        assert snippet not in article["body"], snippet
    assert kept in article["body"]


def test_seeds(seeds_dir: Path) -> None:
    result = aiwatch("extract", str(seeds_dir), "--no-analyze")
    assert result.returncode == 0, result.stderr
    out = {Path(a["path"]).name[:3]: a for a in articles(result)}
    assert sorted(out) == ["000", "001", "002", "003", "004"]
    assert out["000"]["title"] == "李强二次到访这家公司之后,联合创始人谈总部落沪五大理由"
    assert out["000"]["warnings"]  # the merge conflict is said, not hidden
    assert out["002"]["published"].startswith("2020-12-10")
    assert out["003"]["published"].startswith("2022-04-24T19:27:09")


def test_stdin_and_json_format() -> None:
    record = (EXAMPLES / "records/model_release.txt").read_bytes()
    result = aiwatch("extract", "-", "--no-analyze", "--format", "json", stdin=record)
    assert result.returncode == 0, result.stderr
    (article,) = json.loads(result.stdout)
    assert (article["path"], article["format"]) == ("-", "record")


def test_stdin_with_worker_processes() -> None:
    # Workers get /dev/null for stdin: "-" must be read by the parent, or it comes out empty.
    record = (EXAMPLES / "records/model_release.txt").read_bytes()
    result = aiwatch("extract", "-", "examples/records", "--no-analyze", "--jobs", "2", stdin=record)
    assert result.returncode == 0, result.stderr
    paths = [a["path"] for a in articles(result)]
    assert paths[0] == "-" and len(paths) == 3


def test_glob_pattern_is_expanded_by_aiwatch() -> None:
    result = aiwatch("extract", "examples/**/*.htm*", "--no-analyze")
    assert sorted(a["path"] for a in articles(result)) == [
        "examples/html/autonomous_driving_gb2312.htm",
        "examples/html/chip_launch_gbk.html",
        "examples/posts/2024-11-06-wuhan-computing-center.html",
    ]


@pytest.fixture
def bad_inputs(tmp_path: Path) -> Path:
    """One good document beside every kind of bad input issue 3 names."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_bytes((EXAMPLES / "records/model_release.txt").read_bytes())
    (d / "empty.txt").write_bytes(b"")
    (d / "image.dat").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    packed = gzip.compress((EXAMPLES / "records/model_release.txt").read_bytes())
    (d / "cut.txt.gz").write_bytes(packed[: len(packed) // 2])
    warc = (EXAMPLES / "warc/crawl.warc.gz").read_bytes()
    (d / "cut.warc.gz").write_bytes(warc[: len(warc) // 2])
    (d / "noise.txt").write_bytes(bytes([0x80, 0xFF, 0xFE, 0x81, 0x30]) * 300)
    (d / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    # Unclosed <p> and <div>, no </body>, cut off inside a tag: what a dropped connection leaves.
    (d / "broken.html").write_text(
        "<html><head><title>合肥印发人工智能政策</title><body><div class=nav><a href=/>首页</a></div>"
        "<div class=main><h1>合肥印发通用人工智能产业发展若干政策"
        "<p>6月3日，合肥市人民政府办公室印发《合肥市加快通用人工智能产业发展若干政策》，提出22条具体措施。"
        "<p>政策明确，合肥市每年安排不低于10亿元的通用人工智能产业专项资金，对通过备案的大模型给予补助。"
        "<p>市经济和信息化局局长陆启航在政策解读会上介绍，企业租用本市智算中心算力可申领算力券。"
        "<p>据了解，合肥已集聚人工智能相关企业1600余家，2023年产业规模突破2000亿元。"
        '<div class="foot"><a href="/about">关于',
        encoding="utf-8",
    )
    (d / "bad-front-matter.md").write_text(
        '---\ntitle: "未闭合\ndate: 2024-05-01\n---\n正文第一段。\n', encoding="utf-8"
    )
    (d / "bad.json").write_text('{"title": "x", "content": ', encoding="utf-8")
    lines = [
        '{"title":"一","content":"第一条正文。"}',
        '{"title":"二", "content": ',
        '{"title":"三","content":"第三条。"}',
    ]
    (d / "lines.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "no-documents").mkdir()
    (d / "no-documents" / "logo.png").write_bytes(b"\x89PNG")
    big = d / "huge.txt"
    with big.open("wb") as stream:
        stream.truncate(3 * 1024 * 1024)  # sparse: larger than --max-mb 2 without using the disk
    return d


def test_bad_inputs_one_line_each_others_still_processed(bad_inputs: Path) -> None:
    empty_dir = bad_inputs / "no-documents"
    result = aiwatch(
        "extract", str(bad_inputs), str(empty_dir), str(bad_inputs / "missing.txt"), "--max-mb", "2", "--no-analyze"
    )
    assert result.returncode == 1
    lines = error_lines(result)
    by_file = {}
    for line in lines:
        code, where, *_ = line.split(" ")
        by_file.setdefault(Path(where.rstrip(":").split("#")[0]).name, []).append(code)
    assert by_file == {
        "empty.txt": ["E101"],
        "image.dat": ["E102"],
        "cut.txt.gz": ["E109"],
        "cut.warc.gz": ["E109"],
        "noise.txt": ["E103"],
        "dangling.txt": ["E100"],
        "bad-front-matter.md": ["E108"],
        "bad.json": ["E108"],
        "lines.jsonl": ["E108"],
        "huge.txt": ["E104"],
        "no-documents": ["E106"],
        "missing.txt": ["E105"],
    }, result.stderr
    assert "lines.jsonl#2" in result.stderr
    assert "--max-mb" in result.stderr
    kept = {Path(a["path"]).name for a in articles(result)}
    # The good file, the broken page, the post with bad front matter, two of the three JSONL lines.
    assert kept == {"good.txt", "broken.html", "bad-front-matter.md", "lines.jsonl#1", "lines.jsonl#3"}
    (broken,) = [a for a in articles(result) if a["path"].endswith("broken.html")]
    assert "企业租用本市智算中心算力可申领算力券。" in broken["body"]
    assert "产业规模突破2000亿元" in broken["body"]
    assert result.stderr.splitlines()[-1] == "5 article(s) written, 12 input(s) with errors"


def test_nothing_at_all_is_an_error(tmp_path: Path) -> None:
    result = aiwatch("extract", str(tmp_path), "--no-analyze")
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == f"E106 {tmp_path}: no documents found"


def test_unknown_stage_and_format_are_refused() -> None:
    assert aiwatch("extract", "examples", "--disable", "nosuchstage").returncode == 2
    assert aiwatch("extract", "examples", "--format", "xml").returncode == 2


def test_jobs_2_gives_the_same_output_in_the_same_order(examples_run: subprocess.CompletedProcess[str]) -> None:
    parallel = aiwatch("extract", "examples", "--no-analyze", "--jobs", "2")
    assert parallel.returncode == 0, parallel.stderr
    assert parallel.stdout == examples_run.stdout


def test_output_file_and_no_progress_bar_when_not_a_terminal(tmp_path: Path) -> None:
    out = tmp_path / "out" / "examples.jsonl"
    result = aiwatch("extract", "examples", "--no-analyze", "-o", str(out))
    assert result.returncode == 0
    assert result.stdout == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == 22
    assert result.stderr == "22 article(s) written, 0 input(s) with errors\n"  # no bar, no escape codes
    assert [p.name for p in out.parent.iterdir()] == ["examples.jsonl"]  # no temporary file left


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_progress_bar_on_a_terminal() -> None:
    main, secondary = os.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "aiwatch", "extract", "examples", "--no-analyze"],
            stdout=subprocess.DEVNULL,
            stderr=secondary,
            cwd=ROOT,
            timeout=120,
            env={**os.environ, "COLUMNS": "100", "TERM": "xterm"},
        )
        os.close(secondary)
        secondary = -1
        chunks = []
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(main)
        if secondary >= 0:
            os.close(secondary)
    assert proc.returncode == 0
    assert "extract" in b"".join(chunks).decode("utf-8", "replace")


def test_killed_run_leaves_the_previous_output_whole(tmp_path: Path) -> None:
    out = tmp_path / "articles.jsonl"
    out.write_text("previous run\n", encoding="utf-8")
    # Reading "-" blocks on our pipe, so the run is caught mid-way, with its temporary file open.
    proc = subprocess.Popen(
        [sys.executable, "-m", "aiwatch", "extract", "examples", "-", "--no-analyze", "-o", str(out)],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
    )
    try:
        deadline = time.monotonic() + 60
        while not any(p.name.endswith(".part") for p in tmp_path.iterdir()):
            assert time.monotonic() < deadline, "the run never opened its temporary file"
            assert proc.poll() is None
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        assert proc.stdin is not None
        proc.stdin.close()
    assert out.read_text(encoding="utf-8") == "previous run\n"


def test_failing_writer_leaves_no_half_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from aiwatch import cli
    from aiwatch.write import JsonlWriter

    class FailingWriter(JsonlWriter):
        def write(self, article) -> None:
            if self.count == 3:
                raise OSError(28, "No space left on device")
            super().write(article)

    monkeypatch.setitem(cli.WRITERS, "jsonl", FailingWriter)
    out = tmp_path / "articles.jsonl"
    result = CliRunner().invoke(cli.app, ["extract", str(EXAMPLES), "--no-analyze", "-o", str(out)])
    assert result.exit_code != 0
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_console_script_is_installed() -> None:
    # The script sits beside the interpreter that runs the tests (.venv/bin/aiwatch); under
    # ``make test`` that directory is not on PATH, so it is not looked up there.
    script = Path(sys.executable).parent / ("aiwatch.exe" if os.name == "nt" else "aiwatch")
    assert script.is_file(), f"{script} missing: pip install -e . installs it"
    result = subprocess.run([str(script), "version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip()


def test_output_to_a_device_or_fifo_writes_through_it(tmp_path: Path) -> None:
    # Regression: ``-o /dev/null`` renamed the temporary file over /dev/null, replacing the device
    # with a regular file.  A FIFO stands in for the device here, so a regression cannot harm it.
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = aiwatch("extract", "examples/records", "--no-analyze", "-o", str(fifo))
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr
    assert fifo.is_fifo()
    assert len(received[0].decode("utf-8").splitlines()) == 2


def test_output_through_a_symlink_replaces_the_target(tmp_path: Path) -> None:
    target = tmp_path / "data" / "articles.jsonl"
    target.parent.mkdir()
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "latest.jsonl"
    link.symlink_to(target)
    assert aiwatch("extract", "examples/records", "--no-analyze", "-o", str(link)).returncode == 0
    assert link.is_symlink()
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2
