import random
import schemathesis

@schemathesis.hook
def before_call(context, case):
    # A new client address per call, so the per-client rate limits answer
    # 429 rarely and the fuzzer reaches the handlers behind them.
    ip = "10.%d.%d.%d" % (random.randrange(256), random.randrange(256), random.randrange(1, 255))
    case.headers = {**(case.headers or {}), "X-Forwarded-For": ip}
