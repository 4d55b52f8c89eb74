#!/usr/bin/env python3
"""The dashboard (GET /_sandbox/) in a real headless Chromium, against the real sandbox binary.

Usage: dashboard_test.py PATH/TO/eqp-sandbox SEED_DIR   (ci-tools/dashboard-test.sh installs what
this needs and calls it). Exits 0 when every check passed, 1 on the first failure (with a
screenshot and the page's DOM kept in a temporary folder), 2 when it cannot start.

Scenarios, each on a fresh sandbox with a manual clock (so nothing moves unless the page moves it):
  1. open sandbox: a file uploaded through the EQP API shows its scan in progress and the page's
     fail button fails it; a click on a mage_id filters the page to that user; a package submitted through the EQP API shows `in_automation`; clicking its
     Step button makes it `approved`; Hold shows it held; Advance clock moves the clock shown;
     Decide queues an outcome that the next review reports; resetting its user (confirm dialog)
     brings back the seed's `rejected`; a user whose name is markup shows as text; the requests
     journal shows the API call; the browser console has no errors.
  2. --control-token: the page asks for the token, says so when a wrong one is given, works with
     the right one (also for a POST control), and keeps it across a reload (sessionStorage).
Every wait is a bounded poll on a condition (DASHBOARD_WAIT seconds, default 20).
"""
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import (NoAlertPresentException, NoSuchElementException,
                                        StaleElementReferenceException, WebDriverException)
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

WAIT = float(os.environ.get("DASHBOARD_WAIT", "20"))
DEMO_TOKEN = "baGXoStRuR9VCDFQGZNzgNqbqu5WUwlr.cAxZJ9m22Le7"
SEED_PACKAGE = "f4eacd72be"
DOCS_USER = "MAG123456789"


class Failure(Exception):
    pass


def log(message):
    print(f"dashboard-test: {message}", flush=True)


class Sandbox:
    """The real binary on a free port; stderr goes to a file nobody has to drain."""

    def __init__(self, binary, seed, workdir, *args):
        self.stderr_path = os.path.join(workdir, f"sandbox-{len(os.listdir(workdir))}.err")
        self.stderr = open(self.stderr_path, "wb")
        self.proc = subprocess.Popen([binary, "--port", "0", "--seed-data", seed, "--clock", "manual",
                                      "--start-time", "2024-01-01 00:00:00", "--log-level", "warn", *args],
                                     stdout=subprocess.PIPE, stderr=self.stderr, stdin=subprocess.DEVNULL)
        ready, _, _ = select.select([self.proc.stdout], [], [], 15)
        line = self.proc.stdout.readline().decode() if ready else ""
        if " on " not in line:
            self.stop()
            raise Failure(f"no ready line from the sandbox (got {line!r}); stderr: {self.stderr_tail()}")
        self.base = line.split(" on ", 1)[1].strip()

    def call(self, method, path, body=None, headers=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=dict(headers or {}))
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=10) as r:
                text = r.read()
                return r.status, json.loads(text) if text else None
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read() or b"null")

    def stderr_tail(self):
        self.stderr.flush()
        with open(self.stderr_path, "rb") as f:
            return f.read()[-2000:].decode(errors="replace")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc.stdout.close()
        self.stderr.close()


class Page:
    """Waits and clicks on the dashboard, all by bounded polling."""

    def __init__(self, driver):
        self.driver = driver

    def wait(self, what, condition, timeout=WAIT):
        deadline = time.monotonic() + timeout
        last = None
        while True:
            try:
                result = condition()
                if result:
                    return result
            except (NoSuchElementException, StaleElementReferenceException, NoAlertPresentException) as e:
                last = e
            if time.monotonic() >= deadline:
                raise Failure(f"timed out after {timeout:g} s waiting for {what}"
                              + (f" (last error: {type(last).__name__})" if last else "")
                              + f"; message line: {self.text('#message')!r}")
            time.sleep(0.1)

    def text(self, css):
        """textContent of the first match, or None; read in the page, so never stale."""
        return self.driver.execute_script(
            "const e = document.querySelector(arguments[0]); return e ? e.textContent.trim() : null;", css)

    def wait_text(self, css, expected):
        self.wait(f"{css} to read {expected!r} (it reads {self.text(css)!r})", lambda: self.text(css) == expected)

    def click(self, css):
        def attempt():
            self.driver.find_element(By.CSS_SELECTOR, css).click()
            return True
        self.wait(f"{css} to be clickable", attempt)

    def accept_confirm(self):
        def attempt():
            alert = self.driver.switch_to.alert
            text = alert.text
            alert.accept()
            return text or True
        return self.wait("a confirm dialog", attempt)

    def type_into(self, css, value):
        def attempt():
            e = self.driver.find_element(By.CSS_SELECTOR, css)
            e.clear()
            e.send_keys(value)
            return True
        self.wait(f"{css} to take input", attempt)

    def shown(self, css):
        return self.driver.execute_script(
            "const e = document.querySelector(arguments[0]); return !!e && !e.closest('[hidden]');", css)


def start_browser(workdir):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ["--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                     "--window-size=1400,1100", f"--user-data-dir={workdir}/profile"]:
        options.add_argument(argument)
    if os.geteuid() == 0:
        options.add_argument("--no-sandbox")  # Chromium refuses to run as root with its sandbox
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    options.unhandled_prompt_behavior = "ignore"  # the test answers the confirm dialogs itself
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver", log_output=f"{workdir}/chromedriver.log")
    driver = webdriver.Chrome(service=service, options=options)
    driver.set_page_load_timeout(WAIT)
    driver.set_script_timeout(WAIT)
    return driver


def upload(sandbox, filename, data):
    """POST /rest/v1/files/uploads with one part, as a client would; the new file_upload_id."""
    boundary = "dashboard-test-boundary"
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="file[]"; filename="{filename}"\r\n'
            f'Content-Type: application/pdf\r\n\r\n').encode() + data + f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(sandbox.base + "/rest/v1/files/uploads", data=body, method="POST", headers={
        "Authorization": f"Bearer {DEMO_TOKEN}", "Content-Type": f"multipart/form-data; boundary={boundary}"})
    with urllib.request.urlopen(request, timeout=10) as r:
        answer = json.loads(r.read())
    if answer[0].get("code") != 200:
        raise Failure(f"uploading {filename}: {answer}")
    return answer[0]["file_upload_id"]


def package_field(field):
    return f'tr[data-submission-id="{SEED_PACKAGE}"] [data-field="{field}"]'


def package_button(action):
    return f'tr[data-submission-id="{SEED_PACKAGE}"] button[data-action="{action}"]'


def console_errors(driver, allowed=()):
    entries = driver.get_log("browser")
    return [e["message"] for e in entries
            if e.get("level") == "SEVERE" and not any(a in e["message"] for a in allowed)]


def scenario_open_sandbox(driver, sandbox):
    page = Page(driver)
    status, answer = sandbox.call("PUT", f"/rest/v1/products/packages/{SEED_PACKAGE}",
                                  {"action": {"technical": "submit"}}, {"Authorization": f"Bearer {DEMO_TOKEN}"})
    if status != 200 or answer["eqp_status"]["technical"] != "in_automation":
        raise Failure(f"submitting the seed package through the EQP API: {status} {answer}")
    markup_name = '<img src=x onerror="window.__injected = 1">Mallory'
    status, answer = sandbox.call("POST", "/_sandbox/users", {"mage_id": "MAG900000001", "first_name": markup_name})
    if status != 201:
        raise Failure(f"creating a user through the control API: {status} {answer}")

    driver.get(sandbox.base + "/_sandbox/")
    page.wait_text(package_field("technical"), "in_automation")
    page.wait_text(package_field("overall"), "in_progress")
    page.wait("both seed users and the new one", lambda: all(page.text(f'tr[data-mage-id="{m}"]') for m in
                                                            (DOCS_USER, "MAG000000002", "MAG900000001")))
    page.wait("the 12 seed files", lambda: page.text("#files h2 small") == "12")
    page.wait("the PUT in the request journal", lambda: f"/rest/v1/products/packages/{SEED_PACKAGE}" in (page.text("#requests") or ""))
    log("page shows users, files, the journal and the submitted package (technical in_automation)")

    # Data that looks like markup stays text.
    page.wait("the markup name shown as text", lambda: markup_name in (page.text('tr[data-mage-id="MAG900000001"]') or ""))
    if driver.execute_script("return document.querySelectorAll('img').length") != 0 or \
            driver.execute_script("return window.__injected === 1"):
        raise Failure("a user's name was inserted as markup")
    log("a name made of markup is shown as text")

    # A file uploaded through the EQP API waits for its scan (the clock stands still); decide it.
    file_id = upload(sandbox, "notes.pdf", b"%PDF-1.4 dashboard test")
    file_row = f'tr[data-file-upload-id="{file_id}"]'
    page.wait_text(f'{file_row} [data-field="malware_status"]', "in-progress")
    page.click(f'{file_row} button[data-action="scan-fail"]')
    page.wait_text(f'{file_row} [data-field="malware_status"]', "fail")
    log("a new upload shows its scan in-progress; the page's fail button fails it")

    # The user filter: a click on a mage_id shows only that user's packages, files and requests.
    page.click('tr[data-mage-id="MAG000000002"] button.link')
    page.wait("only MAG000000002's data", lambda: page.text("#files h2 small") == "1" and page.text("#packages h2 small") == "0"
              and page.text("#users h2 small") == "1")
    page.type_into("#who", "\n")  # cleared, and Enter commits the change
    page.wait("every user's data again", lambda: page.text("#files h2 small") == "13" and page.text("#packages h2 small") == "1")
    log("user filter: MAG000000002 alone (1 file, no package), then everyone again")

    # Hold, then release: the review clock column follows.
    page.click(package_button("hold"))
    page.wait("the package shown held", lambda: page.driver.find_elements(By.CSS_SELECTOR, package_button("release")))
    page.click(package_button("release"))
    page.wait("the package released", lambda: page.driver.find_elements(By.CSS_SELECTOR, package_button("hold")))

    # Step: the technical review finishes now.
    page.click(package_button("step"))
    page.wait_text(package_field("technical"), "approved")
    status, listing = sandbox.call("GET", "/_sandbox/packages")
    if listing[0]["eqp_status"]["technical"] != "approved":
        raise Failure(f"the page says approved, the control API says {listing[0]['eqp_status']}")
    log("Step: technical in_automation -> approved, on the page and in the control API")

    # Decide: the next phpcs run fails. Recall and resubmit technical through the API, decide on
    # the page, step on the page: the review rejects it and the test results say why.
    row = f'tr[data-submission-id="{SEED_PACKAGE}"]'
    for action in ("recall", "submit"):
        status, answer = sandbox.call("PUT", f"/rest/v1/products/packages/{SEED_PACKAGE}",
                                      {"action": {"technical": action}}, {"Authorization": f"Bearer {DEMO_TOKEN}"})
        if status != 200:
            raise Failure(f"technical {action} through the EQP API: {status} {answer}")
    page.click("#refresh")
    page.wait_text(package_field("technical"), "in_automation")
    driver.execute_script("""
        const row = document.querySelector(arguments[0]);
        for (const [key, value] of [["tool", "phpcs"], ["status", "fail"]]) {
          const s = row.querySelector('select[data-choice="' + key + '"]');
          s.value = value; s.dispatchEvent(new Event("change"));
        }""", row)
    page.click(package_button("decide"))
    page.wait("the decision acknowledged", lambda: "Decide phpcs fail" in (page.text("#message") or ""))
    page.click(package_button("step"))
    page.wait_text(package_field("technical"), "rejected")
    page.wait_text(f'{row} [data-tool="phpcs"]', "phpcs fail")
    log("Decide phpcs fail, then Step: technical in_automation -> rejected, test results show phpcs fail")

    # Reset the user: the seed package is back as the seed has it.
    page.click(f'tr[data-mage-id="{DOCS_USER}"] button[data-action="reset-user"]')
    question = page.accept_confirm()
    page.wait_text(f'{row} [data-tool="phpcs"]', "phpcs pass")
    page.wait_text(package_field("technical"), "rejected")
    page.wait("the reset acknowledged", lambda: f"Reset {DOCS_USER}" in (page.text("#message") or ""))
    log(f"Reset user ({question!r} accepted): the seed package is back (technical rejected, phpcs pass)")

    # The clock, advanced from the page (a manual clock moves only this way).
    page.wait("the clock", lambda: "2024-01-01 00:00:00" in (page.text("#clock") or ""))
    page.type_into("#advance-seconds", "3600")
    page.click("#advance")
    page.wait("the clock an hour on", lambda: "2024-01-01 01:00:00" in (page.text("#clock") or ""))
    log("Advance clock: 00:00:00 -> 01:00:00")

    errors = console_errors(driver)
    if errors:
        raise Failure(f"the browser console has errors: {errors}")


def scenario_control_token(driver, sandbox):
    page = Page(driver)
    driver.get(sandbox.base + "/_sandbox")
    page.wait("the token prompt", lambda: page.shown("#token"))
    page.type_into("#token", "not-the-token")
    page.click('#token-form button[type="submit"]')
    page.wait("the wrong token refused", lambda: page.text("#token-error") == "That token was refused.")
    page.type_into("#token", "dash-secret")
    page.click('#token-form button[type="submit"]')
    page.wait("the prompt gone", lambda: not page.shown("#token"))
    page.wait_text(package_field("technical"), "rejected")
    page.click(package_button("hold"))
    page.wait("the package held (a POST with the token)", lambda: page.driver.find_elements(By.CSS_SELECTOR, package_button("release")))
    status, listing = sandbox.call("GET", "/_sandbox/packages", headers={"X-Sandbox-Token": "dash-secret"})
    if not listing[0]["review"]["held"]:
        raise Failure("the page shows the package held, the control API does not")
    driver.refresh()
    page.wait("the package after a reload, without asking again",
              lambda: page.driver.find_elements(By.CSS_SELECTOR, package_button("release")) and not page.shown("#token"))
    log("control token: asked for, a wrong one refused, the right one kept in sessionStorage and sent with GETs and POSTs")
    errors = console_errors(driver, allowed=("401",))
    if errors:
        raise Failure(f"the browser console has errors: {errors}")


def main():
    if len(sys.argv) != 3:
        print("usage: dashboard_test.py PATH/TO/eqp-sandbox SEED_DIR", file=sys.stderr)
        return 2
    binary, seed = sys.argv[1], sys.argv[2]
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # run the clean-up below
    workdir = tempfile.mkdtemp(prefix="eqp-dashboard-test.")
    started = time.monotonic()
    driver = None
    sandboxes = []
    failed = True
    try:
        driver = start_browser(workdir)
        log(f"{driver.capabilities.get('browserName')} {driver.capabilities.get('browserVersion')}, headless")
        sandboxes.append(Sandbox(binary, seed, workdir))
        scenario_open_sandbox(driver, sandboxes[-1])
        if os.environ.get("DASHBOARD_SCREENSHOT"):
            driver.save_screenshot(os.environ["DASHBOARD_SCREENSHOT"])
        sandboxes.append(Sandbox(binary, seed, workdir, "--control-token", "dash-secret"))
        scenario_control_token(driver, sandboxes[-1])
        failed = False
        log(f"ok: every check passed in {time.monotonic() - started:.1f} s")
        return 0
    except Exception as e:  # a failed check, or anything else going wrong: report, keep the evidence
        log(f"FAILED: {e if isinstance(e, Failure) else repr(e)}")
        if driver is not None:
            try:
                driver.save_screenshot(f"{workdir}/failure.png")
                with open(f"{workdir}/failure.html", "w") as f:
                    f.write(driver.page_source)
            except WebDriverException:
                pass
        for s in sandboxes:
            log(f"sandbox {s.base} stderr: {s.stderr_tail()}")
        log(f"screenshot, DOM and logs kept in {workdir}")
        return 1
    finally:
        if driver is not None:
            try:
                driver.quit()
            except WebDriverException:
                pass
        for s in sandboxes:
            s.stop()
        if not failed:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
