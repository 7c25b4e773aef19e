"""Programs run in a fresh interpreter (import cost, first call, streaming memory).

Each prints one JSON object on its last stdout line. Timings start at the program's first
statement, so interpreter start-up (identical on both sides) is left out.
"""

from __future__ import annotations

# --- import cost -------------------------------------------------------------------------------

IMPORT_OURS = """
import time
_t0 = time.perf_counter()
import timeback_gen
tb = timeback_gen.Timeback(client_id="bench", client_secret="bench", environment="staging")
_t1 = time.perf_counter()
import json, sys
print(json.dumps({"seconds": _t1 - _t0, "modules": len(sys.modules)}))
"""

IMPORT_BASE = """
import time
_t0 = time.perf_counter()
import httpx
client = httpx.Client()
_t1 = time.perf_counter()
import json, sys
print(json.dumps({"seconds": _t1 - _t0, "modules": len(sys.modules)}))
"""

# --- first call into a service -----------------------------------------------------------------
# `BODY` is substituted with a bytes literal (a compiled-in constant, so building it is free).

FIRST_CALL_OURS = """
import time
_t0 = time.perf_counter()
import timeback_gen
import httpx
TOKEN = b'{"access_token":"bench-token","token_type":"Bearer","expires_in":3600}'
BODY = %(body)r
HEADERS = [(b"content-type", b"application/json")]
def handler(request):
    if request.url.path.endswith("/oauth2/token"):
        return httpx.Response(200, headers=HEADERS, content=TOKEN)
    return httpx.Response(200, headers=HEADERS, content=BODY)
tb = timeback_gen.Timeback(
    client_id="bench", client_secret="bench", environment="staging",
    transport=httpx.MockTransport(handler),
)
user = tb.oneroster.rostering.get_user("user-1").user
_t1 = time.perf_counter()
assert user.given_name
import json, sys
print(json.dumps({"seconds": _t1 - _t0, "modules": len(sys.modules)}))
"""

FIRST_CALL_BASE = """
import time
_t0 = time.perf_counter()
import httpx
import json
TOKEN = b'{"access_token":"bench-token","token_type":"Bearer","expires_in":3600}'
BODY = %(body)r
HEADERS = [(b"content-type", b"application/json")]
def handler(request):
    if request.url.path.endswith("/oauth2/token"):
        return httpx.Response(200, headers=HEADERS, content=TOKEN)
    return httpx.Response(200, headers=HEADERS, content=BODY)
client = httpx.Client(
    base_url="https://api.staging.alpha-1edtech.ai", transport=httpx.MockTransport(handler)
)
r = client.get("/ims/oneroster/rostering/v1p2/users/user-1")
user = json.loads(r.content)["user"]
_t1 = time.perf_counter()
assert user["givenName"]
import sys
print(json.dumps({"seconds": _t1 - _t0, "modules": len(sys.modules)}))
"""

# --- streaming memory --------------------------------------------------------------------------
# Peak RSS growth while walking every user: the kernel's high-water mark (VmHWM) is reset right
# before the walk (`/proc/self/clear_refs` = 5), so imports and warm-up do not count.

_MEMORY_PRELUDE = """
import json, os, resource, sys, time

def _status(key):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1]) * 1024
    return None

def reset_peak():
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False

def peak():
    hwm = _status("VmHWM")
    return hwm if hwm is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
URL = %(url)r
PAGE_SIZE = %(page_size)d
"""

MEMORY_OURS = (
    _MEMORY_PRELUDE
    + """
from timeback_gen import Timeback
tb = Timeback.for_sandbox(URL)
users = tb.oneroster.rostering
users.get_all_users(limit=1)          # token, imports, connection
import gc; gc.collect()
exact = reset_peak()
before = _status("VmRSS")
t0 = time.perf_counter()
n = 0
for user in tb.paginate(users.get_all_users, page_size=PAGE_SIZE):
    n += 1
seconds = time.perf_counter() - t0
print(json.dumps({"items": n, "growth": peak() - before, "exact": exact, "seconds": seconds}))
"""
)

MEMORY_BASE = (
    _MEMORY_PRELUDE
    + """
import httpx
from timeback_gen import Timeback
tb = Timeback.for_sandbox(URL)
http = tb.oneroster_http                # same auth and connection; plain json pages
path = "/ims/oneroster/rostering/v1p2/users/"
http.get(path, params={"limit": 1}).raise_for_status()
import gc; gc.collect()
exact = reset_peak()
before = _status("VmRSS")
t0 = time.perf_counter()
n = 0
offset = 0
while True:
    page = json.loads(http.get(path, params={"limit": PAGE_SIZE, "offset": offset}).content)
    for user in page["users"]:
        n += 1
    offset += len(page["users"])
    if offset >= page["totalCount"] or not page["users"]:
        break
    del page
seconds = time.perf_counter() - t0
print(json.dumps({"items": n, "growth": peak() - before, "exact": exact, "seconds": seconds}))
"""
)
