#!/usr/bin/env bash
# German and Russian are complete: lupdate, run on copies of translations/*.ts against the UI
# sources (the project file qt_add_translations writes), must find no string without a finished
# translation. A new tr() string without its de/ru text fails here, not in a user's menu.
# Usage: translationscomplete.sh LUPDATE PROJECT_CMAKE GENERATE_PROJECT_SCRIPT SOURCE_DIR
# (PROJECT_CMAKE is written at configure time; Qt's script turns it into lupdate's JSON, as the
# spinhance_ui_lupdate target does.)
set -euo pipefail
lupdate=$1 description=$2 generator=$3 source=$4
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
project="$scratch/project.json"
cmake -DIN_FILE="$description" -DOUT_FILE="$project" -P "$generator"
cp "$source"/translations/spinhance_*.ts "$scratch"/
"$lupdate" -project "$project" -ts "$scratch"/spinhance_*.ts > "$scratch/lupdate.log" 2>&1 || {
  cat "$scratch/lupdate.log"; exit 1; }
status=0
for ts in "$scratch"/spinhance_*.ts; do
  messages=$(grep -c '<message' "$ts" || true)
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  vanished=$(grep -c 'type="vanished"\|type="obsolete"' "$ts" || true)
  echo "$(basename "$ts"): $messages messages, $unfinished unfinished, $vanished no longer in the sources"
  if [ "$messages" -lt 100 ] || [ "$unfinished" -ne 0 ] || [ "$vanished" -ne 0 ]; then status=1; fi
done
if [ "$status" -ne 0 ]; then
  grep -B3 'type="unfinished"' "$scratch"/spinhance_*.ts | grep '<source>' | head -20
  echo "run 'ninja -C build spinhance_ui_lupdate' and translate the strings above"
fi
exit $status
