// SpriteDX page behaviour: user menu, Unlock Generation modal, prompt box, toasts, single submits.
(() => {
  "use strict";

  const requestToken = () => document.querySelector('meta[name="request-verification-token"]')?.content ?? "";

  // ---- Toasts -------------------------------------------------------------------------------
  const toastHost = document.querySelector("[data-toasts]");
  const dismissLater = (toast) => setTimeout(() => toast.remove(), 6000);
  document.querySelectorAll("[data-toast]").forEach((element) => {
    if (element.hasAttribute("data-toast-relocate")) toastHost?.appendChild(element); // rendered by a header widget
    if (!element.hasAttribute("data-toast-sticky")) dismissLater(element); // a sticky one stays until closed
  });
  toastHost?.addEventListener("click", (event) => {
    if (event.target.closest("[data-toast-close]")) event.target.closest("[data-toast]")?.remove();
  });

  function toast(message, kind = "success") {
    if (!toastHost) return;
    const element = document.createElement("div");
    element.className = `toast toast-${kind}`;
    element.setAttribute("role", kind === "error" ? "alert" : "status");
    element.textContent = message;
    toastHost.appendChild(element);
    dismissLater(element);
  }

  // ---- User menu: click or keyboard, Escape closes and returns focus -------------------------
  document.querySelectorAll("[data-menu]").forEach((menu) => {
    const button = menu.querySelector("[data-menu-button]");
    const panel = menu.querySelector("[data-menu-panel]");
    const items = () => Array.from(panel.querySelectorAll('[role="menuitem"]'));
    const open = (focusFirst) => {
      panel.hidden = false;
      button.setAttribute("aria-expanded", "true");
      if (focusFirst) items()[0]?.focus();
    };
    const close = (returnFocus) => {
      panel.hidden = true;
      button.setAttribute("aria-expanded", "false");
      if (returnFocus) button.focus();
    };

    button.addEventListener("click", () => (panel.hidden ? open(false) : close(false)));
    button.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown" || event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        open(true);
      }
    });
    panel.addEventListener("keydown", (event) => {
      const list = items();
      const index = list.indexOf(document.activeElement);
      if (event.key === "ArrowDown") { event.preventDefault(); list[(index + 1) % list.length]?.focus(); }
      else if (event.key === "ArrowUp") { event.preventDefault(); list[(index - 1 + list.length) % list.length]?.focus(); }
      else if (event.key === "Home") { event.preventDefault(); list[0]?.focus(); }
      else if (event.key === "End") { event.preventDefault(); list[list.length - 1]?.focus(); }
      else if (event.key === "Tab") { close(false); }
    });
    document.addEventListener("click", (event) => {
      if (!panel.hidden && !menu.contains(event.target)) close(false);
    });
    // Escape closes the menu wherever focus is (it stays on the button after a mouse click).
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && !panel.hidden) { event.preventDefault(); close(true); }
    });
  });

  // ---- Dialogs: native <dialog> keeps focus inside and closes on Escape ------------------------
  document.querySelectorAll("dialog").forEach((dialog) => {
    let opener = null;
    dialog.addEventListener("close", () => opener?.focus());
    dialog.querySelectorAll("[data-dialog-close]").forEach((b) => b.addEventListener("click", () => dialog.close()));
    dialog.addEventListener("click", (event) => { if (event.target === dialog) dialog.close(); }); // backdrop
    dialog.openFrom = (source) => { opener = source; dialog.showModal(); };
  });

  // ---- Forms that must not be sent twice (double click) ---------------------------------------
  document.querySelectorAll("form").forEach((form) => {
    form.addEventListener("submit", (event) => {
      // A destructive form (revoking a key) asks first; a "no" sends nothing.
      if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) { event.preventDefault(); return; }
      if (form.dataset.submitting === "true") { event.preventDefault(); return; }
      if (event.defaultPrevented) return;
      form.dataset.submitting = "true";
      form.querySelectorAll("[data-submit-once]").forEach((b) => b.setAttribute("aria-busy", "true"));
    });
  });

  // ---- Copy buttons (a new API key): the text is selected too, for when the clipboard is not allowed ---
  document.querySelectorAll("[data-copy-target]").forEach((button) => {
    button.addEventListener("click", async () => {
      const field = document.querySelector(button.dataset.copyTarget);
      field.select();
      try { await navigator.clipboard.writeText(field.value); button.textContent = "Copied"; } catch { button.textContent = "Selected: press Ctrl+C"; }
    });
  });

  // ---- A page waiting on the server (a data export preparing): asks for its state, reloads once it changed ----
  document.querySelectorAll("[data-wait-state]").forEach((element) => {
    const check = async () => {
      try {
        const answer = await fetch(element.dataset.waitUrl, { headers: { Accept: "application/json" } });
        if (answer.ok && (await answer.json()).state !== element.dataset.waitState) { window.location.reload(); return; }
      } catch { /* offline for a moment: ask again */ }
      setTimeout(check, 2000);
    };
    setTimeout(check, 2000);
  });

  // ---- Home: prompt box, what SpriteDX will draw, and Generate ------------------------------------
  const form = document.getElementById("generate-form");
  if (form) {
    const prompt = form.querySelector("#prompt");
    const counter = form.querySelector("[data-counter]");
    const error = form.querySelector("[data-prompt-error]");
    const palette = form.querySelector("[data-palette]");
    const size = form.querySelector("[data-size]");
    const generateButton = form.querySelector("[data-generate]");
    const blocked = form.querySelector("[data-generate-blocked]");
    const max = Number(prompt.getAttribute("maxlength"));
    const unlock = document.getElementById("unlock-dialog");
    const interpretation = form.querySelector("[data-interpretation]");
    let understood = null; // the latest interpretation of the prompt in the box, or null while unknown

    const showError = (message) => {
      error.textContent = message;
      error.hidden = !message;
      prompt.toggleAttribute("aria-invalid", Boolean(message));
    };
    const updateCounter = () => {
      counter.textContent = `${prompt.value.length} / ${max}`;
      counter.classList.toggle("over", prompt.value.length >= max);
      if (prompt.value.trim()) showError("");
    };
    const setBlocked = (isBlocked) => {
      blocked.hidden = !isBlocked;
      generateButton.toggleAttribute("data-blocked", isBlocked);
      generateButton.setAttribute("aria-disabled", String(isBlocked));
    };

    const distance = (a, b) => {
      const row = Array.from({ length: b.length + 1 }, (_, i) => i);
      for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
          const kept = row[j];
          row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
          previous = kept;
        }
      }
      return row[b.length];
    };

    // A suggestion replaces the unknown word it is closest to ("dargon" → "dragon"), or is added to the prompt.
    const applySuggestion = (subject) => {
      const candidates = (understood?.unknownWords ?? []).filter((word) => distance(word, subject) <= Math.max(2, subject.length / 3));
      const unknown = candidates.sort((a, b) => distance(a, subject) - distance(b, subject))[0];
      const escaped = unknown?.replace(/[.*+?^$|()[\]{}\\]/g, "\\$&");
      const pattern = escaped ? new RegExp("\\b" + escaped + "\\b", "i") : null;
      prompt.value = pattern && pattern.test(prompt.value) ? prompt.value.replace(pattern, subject) : `${prompt.value.trim()} ${subject}`.trim();
      prompt.dispatchEvent(new Event("input"));
      prompt.focus();
    };

    const showInterpretation = (body) => {
      understood = body;
      const summary = interpretation.querySelector("[data-interpretation-summary]");
      const label = interpretation.querySelector("[data-interpretation-label]");
      const unknown = interpretation.querySelector("[data-interpretation-unknown]");
      const suggestions = interpretation.querySelector("[data-interpretation-suggestions]");
      interpretation.hidden = false;
      interpretation.classList.toggle("unrecognized", !body.recognized);
      label.textContent = body.recognized ? "SpriteDX will draw:" : "SpriteDX does not recognise what to draw in this prompt.";
      summary.textContent = body.recognized ? body.summary : "";
      unknown.hidden = !body.unknownWords?.length;
      unknown.textContent = body.unknownWords?.length ? `Not used: ${body.unknownWords.join(", ")}` : "";
      suggestions.querySelectorAll("button").forEach((b) => b.remove());
      suggestions.hidden = body.recognized || !body.suggestions?.length;
      for (const subject of body.recognized ? [] : body.suggestions ?? []) {
        const chip = document.createElement("button");
        chip.type = "button";
        chip.className = "chip";
        chip.textContent = subject;
        chip.addEventListener("click", () => applySuggestion(subject));
        suggestions.appendChild(chip);
      }
      setBlocked(!body.recognized);
    };

    let asked = 0;
    let typingTimer = null;
    const interpret = async () => {
      const text = prompt.value.trim();
      const ticket = ++asked;
      if (!text || text.length > max) {
        understood = null;
        interpretation.hidden = true;
        setBlocked(false);
        return;
      }
      const query = new URLSearchParams({ prompt: text });
      if (size.value) query.set("size", size.value);
      try {
        const response = await fetch(`/api/generations/interpretation?${query}`, { headers: { Accept: "application/json" } });
        if (ticket !== asked) return; // the person kept typing; a newer answer is on its way
        if (response.ok) showInterpretation(await response.json());
        else if (response.status === 400) {
          const problem = await response.json().catch(() => ({}));
          understood = null;
          interpretation.hidden = true;
          showError(problem.detail ?? "That prompt cannot be used.");
        }
      } catch {
        // Offline or rate-limited: Generate still answers with the same rules.
      }
    };
    const interpretSoon = () => {
      clearTimeout(typingTimer);
      typingTimer = setTimeout(interpret, 250);
    };

    prompt.addEventListener("input", () => { updateCounter(); interpretSoon(); });
    size.addEventListener("change", interpret);
    form.querySelectorAll("[data-example]").forEach((chip) => chip.addEventListener("click", () => {
      prompt.value = chip.dataset.example;
      updateCounter();
      interpret();
      prompt.focus();
    }));

    // Coming back from sign-up: the prompt is in the URL; keep it in the box, not in the address bar.
    if (new URLSearchParams(location.search).has("prompt")) {
      history.replaceState(null, "", location.pathname);
      prompt.focus();
      prompt.setSelectionRange(prompt.value.length, prompt.value.length);
    }
    if (prompt.value.trim()) interpret();

    form.addEventListener("submit", (event) => {
      event.preventDefault();
      delete form.dataset.submitting;
      const text = prompt.value.trim();
      if (!text) { showError("Describe the sprite you want first."); prompt.focus(); return; }
      if (text.length > max) { showError(`Keep the prompt under ${max} characters.`); return; }
      if (understood && !understood.recognized) { blocked.hidden = false; prompt.focus(); return; }

      const options = { palette: palette.value, size: size.value ? Number(size.value) : null };
      if (form.dataset.signedIn !== "true") {
        const back = new URLSearchParams({ prompt: text });
        if (options.palette !== "default") back.set("palette", options.palette);
        if (options.size) back.set("size", String(options.size));
        const returnUrl = encodeURIComponent(`/?${back}`);
        unlock.querySelector("[data-unlock-register]").href = `${form.dataset.registerUrl}?returnUrl=${returnUrl}`;
        unlock.querySelector("[data-unlock-login]").href = `${form.dataset.loginUrl}?returnUrl=${returnUrl}`;
        unlock.openFrom(generateButton);
        return;
      }

      document.dispatchEvent(new CustomEvent("spritedx:generate", { detail: { prompt: text, ...options } }));
    });
  }

  // ---- Sprite cards: idle animations play from the sprite sheet ------------------------------------
  // The still first frame stays in the <img> (its alt text, and what shows without motion); the sheet
  // plays over it, each frame for its own duration, unless the person asked for less motion.
  const reduceMotion = window.matchMedia?.("(prefers-reduced-motion: reduce)");
  function animateSprites(root = document) {
    if (reduceMotion?.matches) return;
    root.querySelectorAll("img[data-sheet]:not([data-animated])").forEach((img) => {
      const durations = (img.dataset.frames ?? "").split(",").map(Number).filter((ms) => ms > 0);
      if (durations.length < 2) return;
      img.setAttribute("data-animated", "");
      const player = document.createElement("div");
      player.className = "sprite-player";
      player.setAttribute("aria-hidden", "true");
      player.style.backgroundImage = `url("${img.dataset.sheet}")`;
      player.style.backgroundSize = `${durations.length * 100}% 100%`;
      img.after(player);
      img.classList.add("sprite-still");
      let frame = 0;
      const show = () => {
        if (!player.isConnected) return;
        player.style.backgroundPositionX = `${(frame / (durations.length - 1)) * 100}%`;
        const wait = durations[frame];
        frame = (frame + 1) % durations.length;
        setTimeout(show, wait);
      };
      show();
    });
  }
  animateSprites();

  // ---- Balance badge: refreshed without a reload after anything that moves credits -----------
  async function refreshBalance() {
    const badge = document.querySelector("[data-credit-balance]");
    if (!badge) return;
    const response = await fetch("/api/credits/balance", { headers: { Accept: "application/json" }, credentials: "same-origin" });
    if (!response.ok) return;
    const { balance, testBalance } = await response.json();
    const link = badge.closest("[data-credit-balance-badge]");
    await noticeLowBalance(link, balance);
    showTestBalance(link, testBalance);
    const text = balance.toLocaleString("en-US");
    if (badge.textContent !== text) {
      badge.textContent = text;
      link?.classList.remove("bump");
      void link?.offsetWidth;
      link?.classList.add("bump");
    }
  }

  // The badge says how much of the balance is test credits (as the server renders it), so a test purchase
  // landing after the page was rendered is not shown as live credits.
  function showTestBalance(badgeLink, testBalance) {
    if (!badgeLink) return;
    let part = badgeLink.querySelector("[data-credit-test-balance]");
    if (!testBalance) {
      part?.remove();
      badgeLink.title = "Your credit balance: open Usage and Billing";
      return;
    }
    if (!part) {
      part = Object.assign(document.createElement("span"), { className: "balance-test" });
      badgeLink.appendChild(part);
    }
    const credits = testBalance.toLocaleString("en-US");
    part.dataset.creditTestBalance = String(testBalance);
    part.textContent = `includes ${credits} test credits`;
    badgeLink.title = `Your credit balance, including ${credits} test credits: open Usage and Billing`;
  }
  document.addEventListener("spritedx:balance-changed", refreshBalance);

  // The balance just fell below the low-balance alert's threshold: the server shows its notice once per crossing.
  async function noticeLowBalance(badgeLink, balance) {
    const threshold = Number(badgeLink?.dataset.lowBalanceThreshold);
    if (!threshold || balance >= threshold || !toastHost) return;
    delete badgeLink.dataset.lowBalanceThreshold;
    const response = await fetch("/billing?handler=LowBalanceNotice", {
      method: "POST", credentials: "same-origin", headers: { Accept: "application/json", RequestVerificationToken: requestToken() },
    });
    if (response.status !== 200) return;
    const notice = await response.json();
    const element = document.createElement("div");
    element.className = "toast toast-warning";
    element.setAttribute("role", "status");
    element.dataset.toast = "";
    element.dataset.lowBalanceNotice = "";
    const close = Object.assign(document.createElement("button"), { type: "button", className: "toast-close", textContent: "×" });
    close.setAttribute("aria-label", "Dismiss");
    close.dataset.toastClose = "";
    const link = (href, text) => Object.assign(document.createElement("a"), { href, textContent: text });
    element.append(close,
      `Your balance is under ${notice.threshold.toLocaleString("en-US")} credits: ${notice.balance.toLocaleString("en-US")} left. `,
      link("/billing/buy", "Buy credits"), " or ", link("/billing#low-balance-alert", "change the alert"), ".");
    toastHost.appendChild(element);
  }

  // A page that knows credits are on their way (a purchase just paid) checks the balance a few times,
  // stopping at the first change, so the badge never contradicts "credits were added".
  if (document.querySelector("[data-balance-settling='true']")) {
    const shown = () => document.querySelector("[data-credit-balance]")?.textContent;
    const before = shown();
    let checks = 0;
    const check = async () => {
      await refreshBalance();
      if (shown() === before && ++checks < 10) setTimeout(check, 1000);
    };
    setTimeout(check, 300);
  }

  window.SpriteDX = { toast, requestToken, refreshBalance, animateSprites };
})();
