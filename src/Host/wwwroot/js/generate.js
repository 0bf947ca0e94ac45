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
    const details = element("p", "sprite-details");
    details.appendChild(element("span", `pill pill-status-${generation.status}`, generation.status));
    details.appendChild(element("span", "", generation.cost ? `${generation.cost} credits` : "free"));
    meta.appendChild(details);
    if (generation.imageUrl) {
      const actions = element("p", "sprite-actions");
      const download = element("a", "button button-ghost button-small", "Download PNG");
      download.href = `${generation.imageUrl}?download=true`;
      download.setAttribute("download", "");
      const variation = element("a", "button button-ghost button-small", "Variation");
      variation.href = `/?prompt=${encodeURIComponent(prompt)}`;
      variation.dataset.variation = prompt;
      actions.append(download, variation);
      meta.appendChild(actions);
    }
    card.append(frame, meta);
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
    const canBuy = Boolean(document.querySelector('#user-menu a[href="/billing/buy"]'));
    text.textContent = `${problem.detail ?? "You do not have enough credits for this sprite."} ` +
      (canBuy ? "Buy more credits to keep generating." : "Buying credits is in early access for now; it opens to everyone soon.");
    buy.hidden = !canBuy;
    outOfCredits.hidden = false;
  }

  async function generate(prompt) {
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
        body: JSON.stringify({ prompt }),
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
      } else if (response.status === 400) {
        error.textContent = body.detail ?? "That prompt cannot be used.";
        error.hidden = false;
      } else if (response.status === 401) {
        location.href = `/Identity/Account/Login?returnUrl=${encodeURIComponent("/?prompt=" + encodeURIComponent(prompt))}`;
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

  document.addEventListener("spritedx:generate", (event) => generate(event.detail.prompt));
  document.addEventListener("click", (event) => {
    const variation = event.target.closest("[data-variation]");
    if (!variation) return;
    event.preventDefault();
    promptBox.value = variation.dataset.variation;
    promptBox.dispatchEvent(new Event("input"));
    window.scrollTo({ top: 0, behavior: "smooth" });
    generate(variation.dataset.variation);
  });

  // Sprites still rendering when the page loaded keep updating.
  document.querySelectorAll('.sprite-card[data-status="pending"], .sprite-card[data-status="running"]').forEach((card) =>
    follow(card, card.dataset.generationId, card.querySelector(".sprite-prompt")?.textContent ?? ""));
})();
