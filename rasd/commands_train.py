"""`rasd train entities`: the entity tagger, from the FANE corpora to the model file the package ships."""
from __future__ import annotations

from pathlib import Path

import typer

from rasd.resources import data_path

train_app = typer.Typer(no_args_is_help=True, help="Train rasd's statistical models from shipped corpora.")


@train_app.command("entities")
def entities_cmd(
    fane: Path = typer.Option(Path("../shared/corpora/fane"), help="folder of NewsFANE and WikiFANE gold"),
    out: Path = typer.Option(None, help="model file to write (default: the one rasd loads)"),
    wiki: bool = typer.Option(True, help="train on WikiFANE too, not only NewsFANE's training part"),
    limit: int = typer.Option(0, help="train on the first N sentences only (a quick check)"),
    iterations: int = typer.Option(0, help="L-BFGS iterations (default: the shipped model's)"),
) -> None:
    """Train the CRF entity tagger; print its figures on the NewsFANE test split."""
    from rasd.entities import train

    train.check_corpora(fane)
    out = out or data_path("models/entities.crfsuite")
    sentences = train.training_sentences(fane, wiki=wiki, limit=limit or None)
    typer.echo(f"training on {len(sentences)} sentences ({sum(map(len, sentences))} tokens) …", err=True)
    seconds = train.train(sentences, out, {"max_iterations": iterations} if iterations else None)
    typer.echo(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB) in {seconds:.0f} s", err=True)
    for name, s in sorted(train.evaluate(out, fane).items()):
        typer.echo(f"NewsFANE test split  {name:4} {s.line()}")


def register(app: typer.Typer) -> None:
    app.add_typer(train_app, name="train")
