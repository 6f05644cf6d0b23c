#!/bin/bash
# Writes env/internal-token.env and env/gateway.env with fresh random secrets (48 random bytes each),
# unless they exist already. Run once before `docker compose up`.
set -euo pipefail
cd "$(dirname "$0")/env"

random_secret() {
  head -c 48 /dev/urandom | base64 | tr -d '\n/+='
}

write_once() {
  local file="$1" name="$2"
  if [ -e "$file" ]; then
    echo "$file exists, left as it is"
  else
    umask 077
    echo "$name=$(random_secret)" > "$file"
    echo "wrote $file"
  fi
}

write_once internal-token.env INTERNAL_TOKEN_SECRET
write_once gateway.env AUTH_TOKEN_SECRET
