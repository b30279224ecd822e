#!/usr/bin/env bash
# Run test files of one tree against another tree's package (e.g. "does each new case fail on the first main?").
# pytest imports the sbu_redact of the tree a test file lives in, whatever PYTHONPATH says, so the files are
# copied into TREE/tests/ under a temporary name, run there, and removed.
#   scripts/harness/on_tree.sh TREE tests/test_reader_fixNN.py [more test files] [-- pytest options]
set -euo pipefail
tree=$1; shift
files=(); while [ $# -gt 0 ] && [ "$1" != "--" ]; do files+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
copies=()
for f in "${files[@]}"; do
  copy="$tree/tests/_on_tree_$$_$(basename "$f")"; cp "$f" "$copy"; copies+=("$copy")
done
trap 'rm -f "${copies[@]}"' EXIT
cd "$tree" && PYTHONPATH="$tree" python -m pytest -q -p no:cacheprovider "${copies[@]}" "$@"
