#!/usr/bin/env python3
"""Pass rate of Slack's live-API method tests against a universe.

summarize.py CHECKOUT REPORTS_DIR EXCLUDED_TXT

The tests are every @Test method of slack-api-client/src/test/java/test_with_remote_apis/methods (read from the
sources, so a class that hung and was killed counts its tests as failed); EXCLUDED_TXT lists Class#method lines
(with a reason after '#') left out because they need an Enterprise Grid org. A test passes when surefire
reports it neither failed, errored nor skipped.
"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

checkout, reports, excluded_file = sys.argv[1:4]
base = os.path.join(checkout, "slack-api-client/src/test/java")

tests = []
for path in sorted(glob.glob(os.path.join(base, "test_with_remote_apis/methods/**/*.java"), recursive=True)):
    cls = os.path.relpath(path, base)[:-5].replace(os.sep, ".")
    src = open(path, encoding="utf-8").read()
    for m in re.finditer(r"@Test\b[^\n]*\n(?:\s*@\w+[^\n]*\n)*\s*public void (\w+)", src):
        tests.append(f"{cls}#{m.group(1)}")

excluded = {}
for line in open(excluded_file, encoding="utf-8"):
    line = line.strip()
    if line and not line.startswith("//"):
        name, _, reason = line.partition(" ")
        excluded[name] = reason.strip()

results = {}
for report in glob.glob(os.path.join(reports, "TEST-*.xml")):
    for case in ET.parse(report).getroot().iter("testcase"):
        key = f"{case.get('classname')}#{case.get('name')}"
        status = "pass"
        for child in case:
            if child.tag in ("failure", "error"):
                msg = (child.get("message") or child.get("type") or "").replace("\n", " ")
                status = f"{child.tag}: {msg[:200]}"
            elif child.tag == "skipped":
                status = "skipped"
        results[key] = status

counted = [t for t in tests if t not in excluded]
passed = [t for t in counted if results.get(t) == "pass"]
print(f"tests in methods/: {len(tests)}, excluded (Enterprise Grid): {len(tests) - len(counted)}, counted: {len(counted)}")
print(f"passed: {len(passed)}/{len(counted)} = {100.0 * len(passed) / max(1, len(counted)):.1f}%")
print()
print("not passed:")
for t in counted:
    if results.get(t) != "pass":
        print(f"  {t}  {results.get(t, 'not run (class timed out or did not compile)')}")
print()
print("excluded, for the record:")
for t in tests:
    if t in excluded:
        print(f"  {t}  {results.get(t, 'not run')}  [{excluded[t]}]")
