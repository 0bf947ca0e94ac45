// Home page generation for a signed-in person: request, progress, result, out-of-credits.
(() => {
  "use strict";
  const form = document.getElementById("generate-form");
  if (!form || form.dataset.signedIn !== "true") return;

  const button = form.querySelector("[data-generate]");
  const promptBox = form.querySelector("#prompt");
  const error = form.querySelector("[data-prompt-error]");
  const outOfCredits = form.querySelector("[data-out-of-credits]");
  const pollEveryMs = 500;
  const pollForMs = 3 * 60 * 1000;

  const results = () => {
    let list = document.querySelector("[data-results]");
    if (!list) {
      list = document.createElement("ul");
      list.className = "sprite-grid";
      list.setAttribute("data-results", "");
      document.querySelector(".results").appendChild(list);
    }
    document.querySelector("[data-results-empty]")?.setAttribute("hidden", "");
    return list;
  };

  const element = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const paletteLabels = { default: "", pico8: "PICO-8", nes: "NES", gameboy: "Game Boy" };

  function downloads(generation) {
    const menu = element("details", "download-menu");
    menu.appendChild(element("summary", "button button-ghost button-small", "Download"));
    const list = element("ul", "download-list");
    const link = (text, href) => {
      const item = element("li");
      const anchor = element("a", "", text);
      anchor.href = href;
      anchor.setAttribute("download", "");
      item.appendChild(anchor);
      list.appendChild(item);
    };
    const frames = generation.frameDurations?.length ?? 1;
    link("PNG 1×", `${generation.imageUrl}?scale=1&download=true`);
    link("PNG 4×", `${generation.imageUrl}?scale=4&download=true`);
    link("PNG 8×", `${generation.imageUrl}?scale=8&download=true`);
    if (frames > 1) {
      link(`Sprite sheet, ${frames} frames (PNG 4×)`, `${generation.sheetUrl}?scale=4&download=true`);
      link("Frame data (Aseprite JSON, 4×)", `${generation.sheetDataUrl}?scale=4&download=true`);
    }
    menu.appendChild(list);
    return menu;
  }

  function renderCard(card, generation, prompt) {
    card.replaceChildren();
    card.className = "sprite-card";
    card.dataset.generationId = generation.id;
    card.dataset.status = generation.status;

    const frame = element("div", "sprite-frame");
    if (generation.imageUrl) {
      const img = element("img");
      img.src = generation.imageUrl;
      img.alt = `Pixel-art sprite: ${prompt}`;
      img.width = 256;
      img.height = 256;
      if (generation.sheetUrl && generation.frameDurations?.length > 1) {
        img.dataset.sheet = `${generation.sheetUrl}?scale=1`;
        img.dataset.frames = generation.frameDurations.join(",");
      }
      frame.appendChild(img);
    } else if (generation.status === "failed" || generation.status === "rejected") {
      frame.appendChild(element("p", "sprite-error", generation.error ?? "This sprite could not be made. Nothing was charged."));
    } else {
      const bar = element("progress", "progress");
      bar.max = 100;
      bar.value = generation.progress ?? 0;
      bar.setAttribute("aria-label", "Generating");
      frame.appendChild(bar);
    }

    const meta = element("div", "sprite-meta");
    const title = element("p", "sprite-prompt", prompt);
    title.title = prompt;
    meta.appendChild(title);
    const summary = [generation.description, paletteLabels[generation.palette]].filter(Boolean).join(" · ");
    if (summary) meta.appendChild(element("p", "sprite-summary", summary));
    const details = element("p", "sprite-details");
    details.appendChild(element("span", `pill pill-status-${generation.status}`, generation.status));
    details.appendChild(element("span", "", generation.cost ? `${generation.cost} credits` : "free"));
    meta.appendChild(details);
    if (generation.imageUrl) {
      const actions = element("div", "sprite-actions");
      const variation = element("a", "button button-ghost button-small", "Variation");
      const again = new URLSearchParams({ prompt, palette: generation.palette ?? "default" });
      if (generation.size) again.set("size", String(generation.size));
      variation.href = `/?${again}`;
      variation.dataset.variation = prompt;
      variation.dataset.palette = generation.palette ?? "default";
      if (generation.size) variation.dataset.size = String(generation.size);
      variation.title = "The same prompt again with a new seed (costs credits)";
      actions.append(downloads(generation), variation);
      meta.appendChild(actions);
    }
    card.append(frame, meta);
    window.SpriteDX.animateSprites(card);
  }

  async function follow(card, id, prompt) {
    const until = Date.now() + pollForMs;
    while (Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, pollEveryMs));
      const response = await fetch(`/api/generations/${id}`, { headers: { Accept: "application/json" } });
      if (!response.ok) continue;
      const generation = await response.json();
      renderCard(card, generation, prompt);
      if (generation.status === "succeeded") {
        document.dispatchEvent(new Event("spritedx:balance-changed"));
        return;
      }
      if (generation.status === "failed" || generation.status === "rejected") {
        window.SpriteDX.toast(generation.error ?? "The sprite could not be made. Nothing was charged.", "error");
        document.dispatchEvent(new Event("spritedx:balance-changed"));
        return;
      }
    }
    window.SpriteDX.toast("This sprite is taking longer than usual; it will appear in My sprites when it is done.", "info");
  }

  function explainOutOfCredits(problem) {
    const text = outOfCredits.querySelector("[data-out-of-credits-text]");
    const buy = outOfCredits.querySelector("[data-out-of-credits-buy]");
    // Buying is open to this person when their menu offers the page the form's own Buy credits link opens.
    const canBuy = Boolean(document.querySelector(`#user-menu a[href="${buy.querySelector("a").getAttribute("href")}"]`));
    text.textContent = `${problem.detail ?? "You do not have enough credits for this sprite."} ` +
      (canBuy ? "Buy more credits to keep generating." : "Buying credits is in early access for now; it opens to everyone soon.");
    buy.hidden = !canBuy;
    outOfCredits.hidden = false;
  }

  function explainUnrecognized(problem) {
    const suggestions = problem.suggestions?.length ? ` Try: ${problem.suggestions.slice(0, 5).join(", ")}.` : "";
    error.textContent = `${problem.title ?? "SpriteDX does not know what to draw"}: name the thing itself. Nothing was charged.${suggestions}`;
    error.hidden = false;
  }

  async function generate({ prompt, palette, size }) {
    if (button.getAttribute("aria-busy") === "true") return; // a double click makes one generation
    button.setAttribute("aria-busy", "true");
    button.disabled = true;
    outOfCredits.hidden = true;
    error.hidden = true;
    try {
      const response = await fetch("/api/generations", {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          Accept: "application/json",
          RequestVerificationToken: window.SpriteDX.requestToken(),
          "Idempotency-Key": crypto.randomUUID(),
        },
        body: JSON.stringify({ prompt, palette: palette || "default", size: size || null }),
      });
      const body = await response.json().catch(() => ({}));
      if (response.status === 202) {
        const card = element("li");
        results().prepend(card);
        renderCard(card, { ...body, progress: 0 }, prompt);
        document.dispatchEvent(new Event("spritedx:balance-changed"));
        follow(card, body.id, prompt);
      } else if (response.status === 402) {
        explainOutOfCredits(body);
      } else if (response.status === 422) {
        explainUnrecognized(body);
      } else if (response.status === 400) {
        error.textContent = body.detail ?? "That prompt cannot be used.";
        error.hidden = false;
      } else if (response.status === 401) {
        location.href = `${form.dataset.loginUrl}?returnUrl=${encodeURIComponent("/?prompt=" + encodeURIComponent(prompt))}`;
      } else {
        window.SpriteDX.toast(body.detail ?? "Something went wrong. Nothing was charged; try again.", "error");
      }
    } catch {
      window.SpriteDX.toast("SpriteDX could not be reached. Check your connection and try again.", "error");
    } finally {
      button.removeAttribute("aria-busy");
      button.disabled = false;
    }
  }

  document.addEventListener("spritedx:generate", (event) => generate(event.detail));
  // A variation is the same prompt and options with a new seed, generated at once (the button says it costs credits).
  document.addEventListener("click", (event) => {
    const variation = event.target.closest("[data-variation]");
    if (!variation) return;
    event.preventDefault();
    promptBox.value = variation.dataset.variation;
    promptBox.dispatchEvent(new Event("input"));
    window.scrollTo({ top: 0, behavior: "smooth" });
    generate({ prompt: variation.dataset.variation, palette: variation.dataset.palette, size: variation.dataset.size ? Number(variation.dataset.size) : null });
  });

  // Sprites still rendering when the page loaded keep updating.
  document.querySelectorAll('.sprite-card[data-status="pending"], .sprite-card[data-status="running"]').forEach((card) =>
    follow(card, card.dataset.generationId, card.querySelector(".sprite-prompt")?.textContent ?? ""));
})();
