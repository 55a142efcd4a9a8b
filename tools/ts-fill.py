#!/usr/bin/env python3
"""Fills a Qt Linguist .ts file from a JSON file of translations, keeping everything else as
lupdate wrote it.

    tools/ts-fill.py translations/moderation-desk_es.ts translations.json

The JSON maps a context to its messages: {"moderation::MainWindow": {"&Work": "&Trabajo", ...}}.
A message with %n (numerus) takes a list of forms: ["%n comentario", "%n comentarios"]. Only
messages lupdate marked unfinished are filled; a source the .ts does not hold is reported, and
the exit code is 1 when any unfinished message is still left.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main(ts_path, json_path):
    with open(json_path, encoding="utf-8") as f:
        wanted = json.load(f)
    tree = ET.parse(ts_path)
    root = tree.getroot()
    used = set()
    left = []
    for context in root.findall("context"):
        name = context.find("name").text
        table = wanted.get(name, {})
        for message in context.findall("message"):
            source = message.find("source").text
            translation = message.find("translation")
            if translation.get("type") != "unfinished":
                continue
            if source not in table:
                left.append(f"{name} | {source}")
                continue
            used.add((name, source))
            value = table[source]
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            del translation.attrib["type"]
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value, value]
                translation.text = "\n            "
                for i, form in enumerate(forms):
                    element = ET.SubElement(translation, "numerusform")
                    element.text = form
                    element.tail = "\n            " if i + 1 < len(forms) else "\n        "
            else:
                translation.text = value
    for name, table in wanted.items():
        for source in table:
            if (name, source) not in used:
                print(f"not unfinished in {ts_path} (already done or gone): {name} | {source}", file=sys.stderr)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    # lupdate's own header line, so the next lupdate run does not rewrite the whole file.
    with open(ts_path, encoding="utf-8") as f:
        text = f.read()
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write(text if text.endswith("\n") else text + "\n")
    for line in left:
        print(f"still unfinished: {line}", file=sys.stderr)
    return 1 if left else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
