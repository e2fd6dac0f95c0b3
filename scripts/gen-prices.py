#!/usr/bin/env python3
"""Generate Sources/UsageCore/Pricing/BundledPrices.swift from ../shared/prices-openai.tsv.

The output is a Swift source file holding one JSON document in BerriAI/litellm's
`model_prices_and_context_window.json` format (USD per token), compiled in as a raw string
literal so `make install` needs no resource bundle.

Sources (all from /work/shared/notes/pricing.md, which cites LiteLLM 1.110.2):
  * every row of prices-openai.tsv: input, cached input, output, batch input, batch output
    ($ per 1M tokens);
  * the tier table of pricing.md §2 ("Other tiers"): flex and priority rates, batch cached
    rates, cache-write rates (standard and 12-hour) and >272K long-context rates;
  * the audio models of pricing.md §2 ("Embeddings and audio").

Rules applied here, not at lookup time (lookup never maps an alias to a dated key):
  * a dated snapshot `<base>-YYYY-MM-DD` gets its base's tier-table rates only when its own
    standard input / cached / output rates equal the base's (so `gpt-4o-2024-05-13`, $5/$15,
    never receives `gpt-4o`'s priority rates);
  * the bare alias `gpt-5.6` is Sol (pricing.md §2 headline table: "gpt-5.6-sol (= gpt-5.6)")
    and gets `gpt-5.6-sol`'s tier-table rates.

Usage: python3 scripts/gen-prices.py [path/to/prices-openai.tsv]
"""

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TSV = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "prices-openai.tsv"
OUT = ROOT / "Sources" / "UsageCore" / "Pricing" / "BundledPrices.swift"
SOURCE_URL = "https://developers.openai.com/api/docs/pricing"

# pricing.md §2 "Other tiers", $ per 1M tokens:
# model: (flex in/cached/out, priority in/cached/out, batch cached, cache write std/12h, >272K in/cached/out)
TIERS = {
    "gpt-4.1":       (None, ("3.5", "0.875", "14"), None, None, None),
    "gpt-4.1-mini":  (None, ("0.7", "0.175", "2.8"), None, None, None),
    "gpt-4.1-nano":  (None, ("0.2", "0.05", "0.8"), None, None, None),
    "gpt-4o":        (None, ("4.25", "2.125", "17"), None, None, None),
    "gpt-4o-mini":   (None, ("0.25", "0.125", "1"), None, None, None),
    "o3":            (("1", "0.25", "4"), ("3.5", "0.875", "14"), None, None, None),
    "o4-mini":       (("0.55", "0.138", "2.2"), ("2", "0.5", "8"), None, None, None),
    "gpt-5":         (("0.625", "0.0625", "5"), ("2.5", "0.25", "20"), "0.0625", None, None),
    "gpt-5-mini":    (("0.125", "0.0125", "1"), ("0.45", "0.045", "3.6"), "0.0125", None, None),
    "gpt-5-nano":    (("0.025", "0.0025", "0.2"), None, "0.0025", None, None),
    "gpt-5.2":       (("0.875", "0.0875", "7"), ("3.5", "0.35", "28"), "0.0875", None, None),
    "gpt-5.4":       (("1.25", "0.13", "7.5"), ("5", "0.5", "30"), "0.13", None, ("5", "0.5", "22.5")),
    "gpt-5.5":       (("2.5", "0.25", "15"), ("12.5", "1.25", "75"), "0.25", None, ("10", "1", "45")),
    "gpt-5.6-sol":   (("2", "0.2", "10"), ("8", "0.8", "40"), "0.2", ("5", "10"), ("8", "0.8", "30")),
    "gpt-5.6-terra": (("1", "0.1", "6"), ("4", "0.4", "24"), "0.1", ("2.5", "5"), ("4", "0.4", "18")),
    "gpt-5.6-luna":  (("0.1", "0.01", "0.6"), ("0.4", "0.04", "2.4"), "0.01", ("0.25", "0.5"), ("0.4", "0.04", "1.8")),
    "gpt-6-sol":     (("1", "0.1", "5"), ("4", "0.4", "20"), "0.1", ("2.5", "5"), ("4", "0.4", "15")),
    "gpt-6-luna":    (("0.05", "0.005", "0.25"), ("0.2", "0.02", "1"), "0.005", ("0.125", "0.25"), ("0.2", "0.02", "0.75")),
}
ALIASES = {"gpt-5.6": "gpt-5.6-sol"}

# pricing.md §2 "Embeddings and audio", $ per 1M tokens.
AUDIO = {
    "gpt-audio":      {"mode": "chat", "input": "2.5", "output": "10", "audio_in": "32", "audio_out": "64"},
    "gpt-audio-1.5":  {"mode": "chat", "input": "2.5", "output": "10", "audio_in": "32", "audio_out": "64"},
    "gpt-audio-mini": {"mode": "chat", "input": "0.6", "output": "2.4", "audio_in": "10", "audio_out": "20"},
    "gpt-realtime":   {"mode": "realtime", "input": "4", "output": "16", "cached": "0.4", "audio_in": "32",
                       "audio_out": "64", "cached_audio": "0.4", "image_in": "5"},
}

DATED = re.compile(r"^(.*)-\d{4}-\d{2}-\d{2}$")


class Literal(str):
    """A JSON number written verbatim."""


def per_token(per_million):
    """'0.4' ($/1M) -> exact per-token literal in LiteLLM's style ('4e-07')."""
    d = (Decimal(per_million) / Decimal(1_000_000)).normalize()
    if d == 0:
        return Literal("0.0")
    sign, digits, exp = d.as_tuple()
    mantissa = str(digits[0]) + ("." + "".join(map(str, digits[1:])) if len(digits) > 1 else "")
    e = exp + len(digits) - 1
    text = f"{'-' if sign else ''}{mantissa}e{'-' if e < 0 else '+'}{abs(e):02d}"
    assert Decimal(text) == d, (per_million, text)
    return Literal(text)


def put(entry, field, value):
    if value not in (None, ""):
        entry[field] = per_token(value)


def tsv_entries():
    entries = {}
    lines = TSV.read_text().splitlines()
    header = lines[0].split("\t")
    assert header[:6] == ["model", "input_per_1M", "cached_input_per_1M", "output_per_1M",
                          "batch_input_per_1M", "batch_output_per_1M"], header
    for line in lines[1:]:
        if not line.strip():
            continue
        model, inp, cached, out, b_in, b_out, *_ = line.split("\t") + [""] * 6
        e = {"litellm_provider": "openai",
             "mode": "embedding" if model.startswith("text-embedding") else "chat"}
        put(e, "input_cost_per_token", inp)
        put(e, "cache_read_input_token_cost", cached)
        put(e, "output_cost_per_token", out)
        put(e, "input_cost_per_token_batches", b_in)
        put(e, "output_cost_per_token_batches", b_out)
        e["source"] = SOURCE_URL
        entries[model] = (e, (inp, cached, out))
    return entries


def add_tiers(entry, row):
    flex, prio, batch_cached, write, long = row
    for suffix, rates in (("_flex", flex), ("_priority", prio)):
        if rates:
            put(entry, "input_cost_per_token" + suffix, rates[0])
            put(entry, "cache_read_input_token_cost" + suffix, rates[1])
            put(entry, "output_cost_per_token" + suffix, rates[2])
    put(entry, "cache_read_input_token_cost_batches", batch_cached)
    if write:
        put(entry, "cache_creation_input_token_cost", write[0])
        put(entry, "cache_creation_input_token_cost_above_12hr", write[1])
    if long:
        put(entry, "input_cost_per_token_above_272k_tokens", long[0])
        put(entry, "cache_read_input_token_cost_above_272k_tokens", long[1])
        put(entry, "output_cost_per_token_above_272k_tokens", long[2])


def build():
    rows = tsv_entries()
    for model, (entry, std) in rows.items():
        base = ALIASES.get(model) or (DATED.match(model).group(1) if DATED.match(model) else model)
        if base not in TIERS:
            continue
        if base != model and (base not in rows or rows[base][1] != std):
            continue  # a snapshot priced differently from its alias keeps only its own rates
        add_tiers(entry, TIERS[base])
    table = {model: entry for model, (entry, _) in rows.items()}
    for entry in table.values():
        entry["source"] = entry.pop("source")  # keep `source` last
    for model, a in AUDIO.items():
        e = {"litellm_provider": "openai", "mode": a["mode"]}
        put(e, "input_cost_per_token", a["input"])
        put(e, "cache_read_input_token_cost", a.get("cached"))
        put(e, "output_cost_per_token", a["output"])
        put(e, "input_cost_per_audio_token", a["audio_in"])
        put(e, "cache_read_input_audio_token_cost", a.get("cached_audio"))
        put(e, "output_cost_per_audio_token", a["audio_out"])
        put(e, "input_cost_per_image_token", a.get("image_in"))
        e["source"] = SOURCE_URL
        table[model] = e
    missing = set(TIERS) - set(table)
    assert not missing, missing
    return table


def to_json(table):
    out = ["{"]
    models = sorted(table)
    for i, model in enumerate(models):
        out.append(f"  {json.dumps(model)}: {{")
        fields = list(table[model].items())
        for j, (k, v) in enumerate(fields):
            text = str(v) if isinstance(v, Literal) else json.dumps(v)
            out.append(f"    {json.dumps(k)}: {text}{',' if j < len(fields) - 1 else ''}")
        out.append("  }" + ("," if i < len(models) - 1 else ""))
    out.append("}")
    return "\n".join(out)


def main():
    table = build()
    text = to_json(table)
    json.loads(text)  # well-formed
    assert '"""#' not in text
    swift = f'''// GENERATED by scripts/gen-prices.py from ../shared/prices-openai.tsv and notes/pricing.md §2.
// Do not edit by hand: edit the script (or the TSV) and run `python3 scripts/gen-prices.py`.

/// The bundled OpenAI price list, in BerriAI/litellm's `model_prices_and_context_window.json`
/// format (USD **per token**), compiled in so the binary needs no resource files.
///
/// Holds every row of `prices-openai.tsv` (dated snapshots and embeddings included), the flex,
/// priority, batch-cached, cache-write and >272K tables of `notes/pricing.md` §2, and the audio
/// models `gpt-audio`, `gpt-audio-1.5`, `gpt-audio-mini` and `gpt-realtime`. {len(table)} models.
/// Parsed by ``PriceTable/bundled``.
enum BundledPrices {{
    /// The JSON document (LiteLLM format, `litellm_provider` = `openai` on every entry).
    static let json: String = #"""
{text}
"""#
}}
'''
    OUT.write_text(swift)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(table)} models")


if __name__ == "__main__":
    main()
