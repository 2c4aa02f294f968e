"""The interface's translations: every text of the sources has an English translation, the compiled
catalogs match their sources, and the app really switches language."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import translations  # noqa: E402  (tools/translations.py)

from ui.i18n import CATALOGS, SOURCE_LANGUAGE, current_language, domain_text, install_language  # noqa: E402

PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?::[^}]*)?\}|%n|%\d")


@pytest.mark.parametrize("catalog", CATALOGS)
def test_every_text_of_the_sources_is_translated(catalog: str) -> None:
    missing = [f"[{m.context}] {m.source}" for m in translations.untranslated(catalog, "en")]
    assert not missing, (f"{len(missing)} text(s) of the '{catalog}' catalog lack an English translation; "
                         "run tools/translations.py update, translate, then release:\n" + "\n".join(missing[:40]))


@pytest.mark.parametrize("catalog", CATALOGS)
def test_translations_keep_placeholders_and_accelerators(catalog: str) -> None:
    for message in translations.read_ts(translations.ts_path(catalog, "en")):
        if not message.translation:
            continue
        # the same fields (a field the source says twice, as a bilingual font message does, may be said once)
        assert set(PLACEHOLDER.findall(message.source)) == set(PLACEHOLDER.findall(message.translation)), message
        if re.search(r"&[^&\s]", message.source):
            assert re.search(r"&[^&\s]", message.translation), f"lost its accelerator: {message}"


@pytest.mark.parametrize("catalog", CATALOGS)
def test_compiled_catalogs_match_their_sources(catalog: str, tmp_path: Path) -> None:
    fresh = translations.release_catalog(catalog, "en", tmp_path / f"{catalog}_en.qm")
    committed = translations.qm_path(catalog, "en")
    assert committed.exists(), f"{committed.name} missing: run tools/translations.py release"
    assert fresh.read_bytes() == committed.read_bytes(), f"{committed.name} is stale: run tools/translations.py release"


def test_the_app_switches_language(qapp: QApplication) -> None:
    try:
        assert install_language(qapp, "en_GB") == "en"
        assert current_language() == "en"
        assert domain_text("引领力") != "引领力"
        assert QCoreApplication.translate("ViewMenu", "视图(&V)") != "视图(&V)"
    finally:
        install_language(qapp, SOURCE_LANGUAGE)
    assert current_language() == SOURCE_LANGUAGE
    assert domain_text("引领力") == "引领力"
