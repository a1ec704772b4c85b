import { EVENTS, SCOPES } from './adapter.js';

/** The Slack app manifest (`kepu slack manifest`): one step to create the app with the right command, scopes and settings. */
export function slackManifest(o: { requestUrl?: string; socketMode: boolean }) {
  const url = o.requestUrl ?? 'https://kepu.example.org/slack/events';
  return {
    display_information: {
      name: 'kepu-bot',
      description: '科普规划助手：任务、目标、责任单位、截止时间和主题日周报',
      background_color: '#1d4e89',
    },
    features: {
      bot_user: { display_name: 'kepu-bot', always_online: true },
      slash_commands: [
        {
          command: '/kepu',
          description: '查询科普规划：任务、目标、单位、截止时间、主题日',
          usage_hint: 'tasks 防灾减灾 unit:科协 | targets year:2025 | unit 区科协 | help',
          should_escape: false,
          ...(o.socketMode ? {} : { url }),
        },
      ],
    },
    oauth_config: {
      ...(o.socketMode ? {} : { redirect_urls: [url.replace(/\/slack\/events$/, '/slack/oauth_redirect')] }),
      scopes: { bot: SCOPES },
    },
    settings: {
      event_subscriptions: { ...(o.socketMode ? {} : { request_url: url }), bot_events: EVENTS },
      interactivity: { is_enabled: true, ...(o.socketMode ? {} : { request_url: url }) },
      org_deploy_enabled: false,
      socket_mode_enabled: o.socketMode,
      token_rotation_enabled: false,
    },
  };
}
