"""The report environment: Markdown escaping, template lookup and template errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import StrictUndefined
from markupsafe import Markup

from pkmcli.errors import PkmError
from pkmcli.report.templating import (
    escape_markdown,
    make_environment,
    markdown_link,
    render_template,
)


def test_escape_markdown():
    assert escape_markdown("a|b *c* _d_ <e> [f](g) `h` ~i~ #j \\k") == (
        "a\\|b \\*c\\* \\_d\\_ \\<e\\> \\[f\\](g) \\`h\\` \\~i\\~ \\#j \\\\k"
    )
    assert escape_markdown("satu\r\ndua\nt&amp;ga & empat") == "satu<br>dua<br>t\\&amp;ga & empat"
    assert markdown_link("https://x.example/a b|c") == "<https://x.example/a%20b%7Cc>"


def test_markup_passes_through():
    assert escape_markdown(Markup("**ours**")) == "**ours**"


def test_markdown_environment_escapes_every_expression(tmp_path: Path):
    (tmp_path / "t.md.j2").write_text("{{ x }} {{ y|mdlink }}", encoding="utf-8")
    env = make_environment("md", tmp_path)
    text = render_template(env, "t.md.j2", {"x": "a|b", "y": "https://x.example/a|b"})
    assert text == "a\\|b <https://x.example/a%7Cb>"


def test_html_environment_autoescapes(tmp_path: Path):
    (tmp_path / "t.html.j2").write_text('<p title="{{ x }}">{{ x }}</p>', encoding="utf-8")
    env = make_environment("html", tmp_path)
    assert env.undefined is StrictUndefined
    text = render_template(env, "t.html.j2", {"x": '"><script>'})
    assert text == '<p title="&#34;&gt;&lt;script&gt;">&#34;&gt;&lt;script&gt;</p>'


@pytest.mark.usefixtures("english")  # the messages held here are English
def test_unknown_template_is_a_problem(tmp_path: Path):
    env = make_environment("md", tmp_path)
    with pytest.raises(PkmError) as caught:
        render_template(env, "tiada.md.j2", {})
    assert str(caught.value) == (
        "tiada.md.j2: template not found in --template-dir or the shipped templates"
    )


def test_undefined_names_point_at_the_template_line(tmp_path: Path):
    (tmp_path / "t.md.j2").write_text("satu\n{% if x %}\n{{ y }}\n{% endif %}\n", encoding="utf-8")
    env = make_environment("md", tmp_path)
    with pytest.raises(PkmError) as caught:
        render_template(env, "t.md.j2", {"x": True})
    # The detail is the template engine's own, in English.
    assert str(caught.value) == f"{tmp_path / 't.md.j2'}:3: kesalahan templat: 'y' is undefined"
