"""Two instances behind nginx, one killed halfway: nothing acknowledged is
lost or stored twice. Run by bench/cluster, which starts PostgreSQL and
nginx and passes their addresses; this starts and kills the instances.

Each simulated client (its own address in X-Forwarded-For, as phones behind
a proxy) uploads a photo and sends an appeal, retrying with the same
idempotency key on any failure, as the portal's outbox does. Prints what was
acknowledged, then reads every acknowledged appeal and its photo back from
each instance directly.
"""

import http.client
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.parse

LB, PORT_A, PORT_B = (int(os.environ[k]) for k in ("LB_PORT", "PORT_A", "PORT_B"))
APPEALS, CLIENTS = int(sys.argv[1]), int(sys.argv[2])
RUN = os.environ.get("RUN_ID", str(int(time.time())))
# A small, well-formed JPEG (APP0, quantisation table, scan, end).
JPEG = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x07, 0x4A, 0x46, 0x49, 0x46, 0x00,
              0xFF, 0xDB, 0x00, 0x04, 0x01, 0x02, 0xFF, 0xDA, 0x00, 0x02, 0x09, 0x09, 0x09, 0xFF, 0xD9])


class Instance:
    def __init__(self, name, port):
        self.name, self.port, self.proc = name, port, None

    def start(self):
        env = dict(os.environ, GONGDAO_ADDR=f"127.0.0.1:{self.port}", GONGDAO_DATA=os.environ["DATA_DIR"] + "-" + self.name)
        log = open(os.environ["LOG_DIR"] + f"/{self.name}.log", "a")
        self.proc = subprocess.Popen([os.environ["BIN"]], env=env, stdout=log, stderr=log)
        # For bench/cluster's clean-up, should this script die first.
        with open(os.environ["LOG_DIR"] + f"/{self.name}.pid", "w") as pid:
            pid.write(str(self.proc.pid))

    def wait_ready(self, timeout=60):
        end = time.time() + timeout
        while time.time() < end:
            try:
                if request(self.port, "GET", "/api/health")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise SystemExit(f"instance {self.name} did not start")

    def kill(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()


def request(port, method, path, body=None, headers=None, timeout=30):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        answer = conn.getresponse()
        return answer.status, answer.read()
    finally:
        conn.close()


def multipart(data):
    boundary = "clusterb0undary"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"p.jpg\"\r\n"
            "Content-Type: image/jpeg\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def address(i):
    return f"10.{i // 250}.{i % 250 + 1}.7"


lock = threading.Lock()
acknowledged = []  # (client, key, number, code, photo id)
retries = {"upload": 0, "appeal": 0}


def until_done(what, send):
    """Sends until the portal answers 2xx; counts each retry."""
    for attempt in range(200):
        try:
            status, body = send()
            if 200 <= status < 300:
                return json.loads(body)
            if status not in (502, 503, 504):
                raise SystemExit(f"{what}: unexpected {status} {body[:200]!r}")
        except OSError:
            pass
        with lock:
            retries[what] += 1
        time.sleep(0.1 * min(attempt + 1, 10))
    raise SystemExit(f"{what}: no answer after 200 tries")


def client(i, count):
    xff = {"X-Forwarded-For": address(i)}
    for j in range(count):
        body, ctype = multipart(JPEG)
        photo = until_done("upload", lambda: request(LB, "POST", "/api/uploads", body, {**xff, "Content-Type": ctype}))["id"]
        key = f"cluster-{RUN}-{i:03d}-{j:03d}"
        appeal = json.dumps({"lang": "zh", "category": "roads", "village": "v-hegu", "photos": [photo],
                             "description": f"路上有个大坑，摩托车容易摔倒。({key})", "idempotency_key": key})
        headers = {**xff, "Content-Type": "application/json"}
        receipt = until_done("appeal", lambda: request(LB, "POST", "/api/appeals", appeal, headers))
        with lock:
            acknowledged.append((i, key, receipt["tracking_no"], receipt["access_code"], photo))


def main():
    a, b = Instance("a", PORT_A), Instance("b", PORT_B)
    # Together, on an empty database: they must migrate once and both start.
    a.start(), b.start()
    a.wait_ready(), b.wait_ready()
    per_client = [APPEALS // CLIENTS + (1 if i < APPEALS % CLIENTS else 0) for i in range(CLIENTS)]
    threads = [threading.Thread(target=client, args=(i, n)) for i, n in enumerate(per_client)]
    started = time.time()
    for t in threads:
        t.start()
    while len(acknowledged) < APPEALS // 2:
        time.sleep(0.05)
    a.kill()
    killed_at = time.time()
    print(f"killed instance a (SIGKILL) after {len(acknowledged)} acknowledged")
    time.sleep(1)
    a.start()
    a.wait_ready()
    print(f"instance a back after {time.time() - killed_at:.1f} s")
    for t in threads:
        t.join()
    elapsed = time.time() - started

    # Everything acknowledged, read back through each instance directly.
    unreadable = []
    for i, key, no, code, photo in acknowledged:
        xff = {"X-Forwarded-For": address(i)}
        for port in (PORT_A, PORT_B):
            status, body = request(port, "GET", f"/api/appeals/{no}?code={urllib.parse.quote(code)}", headers=xff)
            if status != 200 or key not in json.loads(body)["description"] or photo not in json.loads(body)["photos"]:
                unreadable.append((key, port, status))
                continue
            status, image = request(port, "GET", f"/api/appeals/{no}/photos/{photo}?code={urllib.parse.quote(code)}", headers=xff)
            if status != 200 or not image.startswith(b"\xff\xd8"):
                unreadable.append((key, port, f"photo {status}"))
    numbers = [no for _, _, no, _, _ in acknowledged]
    print(f"appeals sent {APPEALS} from {CLIENTS} clients in {elapsed:.1f} s; acknowledged {len(acknowledged)}; "
          f"retries: {retries['upload']} uploads, {retries['appeal']} appeals")
    print(f"read back with code and photo through both instances: {len(acknowledged) - len({k for k, _, _ in unreadable})}; "
          f"not readable: {len(unreadable)} {unreadable[:5]}")
    print(f"distinct tracking numbers: {len(set(numbers))}")

    # One client's 21st appeal within 10 minutes, whichever instance serves it.
    statuses = []
    for j in range(21):
        body = json.dumps({"lang": "zh", "category": "roads", "village": "v-hegu", "description": "路灯坏了，晚上看不见路。",
                           "idempotency_key": f"cluster-{RUN}-limit-{j:03d}"})
        statuses.append(request(LB, "POST", "/api/appeals", body, {"X-Forwarded-For": "10.99.99.99", "Content-Type": "application/json"})[0])
    print(f"one client, 21 appeals through nginx: {statuses.count(201)} × 201, then {statuses[20]}")
    with open(os.environ["LOG_DIR"] + "/acknowledged.txt", "w") as out:
        out.writelines(f"{key}\n" for _, key, _, _, _ in acknowledged)
    a.kill(), b.kill()
    ok = len(acknowledged) == APPEALS and not unreadable and len(set(numbers)) == APPEALS and statuses[20] == 429 \
        and statuses[:20].count(201) == 20
    sys.exit(0 if ok else 1)


main()
