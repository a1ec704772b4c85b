-- Feishu event ids already handled: Feishu re-delivers an event it thinks failed (up to 4 times over hours).
CREATE TABLE feishu_event (
  event_id    TEXT PRIMARY KEY,
  received_at TEXT NOT NULL
);
CREATE INDEX feishu_event_received ON feishu_event (received_at);

-- Group-robot webhooks (Feishu custom bot, DingTalk custom robot, WeCom group robot) that digest
-- subscriptions of platform 'webhook' post to. The URL and secret are secrets: never shown in full.
CREATE TABLE webhook (
  workspace       TEXT NOT NULL,   -- the workspace whose admin subscribed it
  id              TEXT NOT NULL,   -- '<kind>-<hash of the URL>', the subscription's channel
  kind            TEXT NOT NULL CHECK (kind IN ('feishu', 'dingtalk', 'wecom')),
  url             TEXT NOT NULL,
  secret          TEXT,
  origin_platform TEXT NOT NULL,   -- where the admin subscribed (failures are reported there)
  origin_channel  TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  PRIMARY KEY (workspace, id)
);
