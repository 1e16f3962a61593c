#!/usr/bin/env python3
"""Fills the singular and plural forms of translations/quoteshelf_en.ts.

The source strings are written once with a neutral plural ("%n article(s)", "%n entries"); English
needs two forms. Run after `lupdate -pluralonly ... -ts translations/quoteshelf_en.ts`.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

IRREGULAR_SINGULAR = [
    (r"file\(s\) were", "file was"),
    (r"entries", "entry"),
    (r"articles", "article"),
    (r"quotes", "quote"),
    (r"highlights", "highlight"),
]


def forms(source):
    singular = source
    for pattern, replacement in IRREGULAR_SINGULAR:
        singular = re.sub(r"(%n )" + pattern, r"\g<1>" + replacement, singular)
    singular = singular.replace("(s)", "")
    plural = source.replace("file(s) were", "files were").replace("(s)", "s")
    return singular, plural


def qualified_class_names():
    """Maps class names to their namespaced names (Quoteshelf::Ui::MainWindow): lupdate's own
    parser does not understand nested namespace definitions, while tr() uses the full name."""
    names = {}
    for folder in ("app", "ui"):
        for directory, _, files in os.walk(os.path.join(ROOT, folder)):
            for name in files:
                if not name.endswith(".h"):
                    continue
                with open(os.path.join(directory, name), encoding="utf-8") as header:
                    text = header.read()
                namespaces = [(m.start(), m.group(1)) for m in re.finditer(r"^namespace (Quoteshelf::\w+) \{", text, re.M)]
                for cls in re.finditer(r"^class (\w+) final", text, re.M):
                    enclosing = [ns for position, ns in namespaces if position < cls.start()]
                    if enclosing:
                        names[cls.group(1)] = enclosing[-1] + "::" + cls.group(1)
    return names


def main(path):
    tree = ET.parse(path)
    names = qualified_class_names()
    for context in tree.iter("context"):
        name = context.find("name")
        if name.text in names:
            name.text = names[name.text]
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source")
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for text in forms(source):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "translations/quoteshelf_en.ts")
