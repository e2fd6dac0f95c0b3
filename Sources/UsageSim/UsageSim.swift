// MARK: - UsageSim overview
//
// A simulated OpenAI organization and an HTTP server that speaks the Admin API
// (DESIGN.md §1–2, notes/openai-admin-api.md, openai-admin-spec/). It never imports UsageCore:
// it has its own types and writes its own JSON, so a client bug cannot hide behind a shared model.
//
//   Support/       deterministic hashing (SimHash), exact pico-dollar money (PicoUSD)
//   Clock/         SimClock: simulated = now at start + real elapsed × speed
//   Pricing/       the embedded price table (prices-openai.tsv rows + pricing.md §2 tiers)
//   Organization/  SimOrganization (users, projects, keys, admin keys, limits) and its builder
//   Traffic/       series (key × model × tier × batch …), daily totals, minute-by-minute accrual
//   Billing/       finest-grain cost rows (day × project × key × line item) and their cache
//   Budget/        budget-share runs: per-day traffic factors solved so month-to-date and month-end
//                  spend sit at chosen shares of a budget; when spend crosses 50/75/90/100 %
//   HTTP/          SimAPI: the pure request handler (routing, params, buckets, cursors, JSON)
//   Server/        SimServer (Hummingbird 2 on a loopback port), fault injection
//
// Usage in a window [a, b) is F(b) − F(a) with F the cumulative integer count at minute
// resolution, so every bucket width and grouping agrees and a growing bucket only grows.
