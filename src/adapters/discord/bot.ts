/**
 * The Discord adapter: slash commands, autocomplete and buttons through a discord.js Client (gateway,
 * Guilds intent only), digests posted to channels through the REST API. Work that takes longer than
 * 1.5 s is deferred, so Discord's 3-second limit is never missed.
 */
import {
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  OAuth2Scopes,
  PermissionFlagsBits,
  PermissionsBitField,
  REST,
  Routes,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from 'discord.js';
import type { Dispatcher } from '../../dispatch/dispatcher.js';
import { DeliveryError } from '../../reply.js';
import type { Caller, CommandDef, Invocation, Poster, Reply } from '../../dispatch/types.js';
import { toLocale } from '../../i18n.js';
import { log } from '../../log.js';
import { discordCommands } from './definitions.js';
import { renderMessage } from './render.js';

export interface DiscordOptions {
  token: string;
  applicationId: string;
  /** API base, e.g. http://127.0.0.1:PORT/api for a fake Discord (the gateway URL comes from /gateway/bot). */
  apiUrl?: string;
  dispatcher: Dispatcher;
  /** How long a handler may run before the interaction is deferred. */
  deferAfterMs?: number;
}

/** Discord errors after which posting to the channel cannot work until an admin acts. */
const PERMANENT_CODES = new Set([10003, 50001, 50013, 10004]);

/** Permissions the bot needs: see channels, post, embed. */
export const BOT_PERMISSIONS = new PermissionsBitField([PermissionFlagsBits.ViewChannel, PermissionFlagsBits.SendMessages, PermissionFlagsBits.EmbedLinks]);

export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({ client_id: applicationId, scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '), permissions: BOT_PERMISSIONS.bitfield.toString() });
  return `https://discord.com/oauth2/authorize?${params}`;
}

function rest(token: string, apiUrl?: string): REST {
  return new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
}

/** Registers the command set: in one guild (immediate) or globally. Returns how many commands were sent. */
export async function registerCommands(o: { token: string; applicationId: string; apiUrl?: string; guildId?: string; commands: CommandDef[] }): Promise<number> {
  const body = discordCommands(o.commands);
  const route = o.guildId ? Routes.applicationGuildCommands(o.applicationId, o.guildId) : Routes.applicationCommands(o.applicationId);
  await rest(o.token, o.apiUrl).put(route, { body });
  return body.length;
}

/** The invocation a slash command stands for: `digest subscribe` with its options as args. */
function invocationOf(i: ChatInputCommandInteraction): Invocation {
  const sub = i.options.getSubcommand(false);
  const args: Invocation['args'] = {};
  const opts = sub ? (i.options.data[0]?.options ?? []) : i.options.data;
  for (const o of opts) if (o.value !== undefined) args[o.name] = o.value as string | number | boolean;
  return { name: sub ? `${i.commandName} ${sub}` : i.commandName, args };
}

function callerOf(i: Interaction): Caller {
  return {
    platform: 'discord',
    workspace: i.guildId ?? `dm:${i.user.id}`,
    channel: i.channelId ?? '',
    user: i.user.id,
    locale: toLocale(i.locale),
    isAdmin: i.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
  };
}

export async function startDiscord(o: DiscordOptions): Promise<{ client: Client; poster: Poster; stop(): Promise<void> }> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: o.apiUrl ? { api: o.apiUrl } : {} });
  const inFlight = new Set<Promise<unknown>>();
  const deferAfter = o.deferAfterMs ?? 1500;

  /** Runs the command; defers the interaction when the answer is not ready in time. */
  async function answer(i: ChatInputCommandInteraction | ButtonInteraction, work: Promise<Reply>, update: boolean): Promise<void> {
    const timer = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), deferAfter).unref());
    let reply = await Promise.race([work, timer]);
    if (reply === 'late') {
      if (update) await (i as ButtonInteraction).deferUpdate();
      else await i.deferReply();
      reply = await work;
      const message = renderMessage(reply, callerOf(i).locale);
      await i.editReply({ embeds: message.embeds, components: message.components });
      return;
    }
    const message = renderMessage(reply, callerOf(i).locale);
    if (update && !reply.error) await (i as ButtonInteraction).update({ embeds: message.embeds, components: message.components });
    else await i.reply({ embeds: message.embeds, components: message.components, flags: update ? 64 : message.flags });
  }

  async function handle(i: Interaction): Promise<void> {
    if (i.isAutocomplete()) {
      const focused = (i as AutocompleteInteraction).options.getFocused(true);
      const sub = i.options.getSubcommand(false);
      const name = sub ? `${i.commandName} ${sub}` : i.commandName;
      const choices = o.dispatcher.autocomplete(name, focused.name, String(focused.value), callerOf(i));
      await i.respond(choices.map((c) => ({ name: c.label.slice(0, 100), value: c.value.slice(0, 100) })));
    } else if (i.isChatInputCommand()) {
      await answer(i, o.dispatcher.run(invocationOf(i), callerOf(i)), false);
    } else if (i.isButton()) {
      await answer(i, o.dispatcher.runText(i.customId, callerOf(i)), true);
    }
  }

  client.on(Events.InteractionCreate, (i) => {
    const p = handle(i).catch((err: unknown) => log.error({ err, interaction: i.id }, 'discord interaction failed'));
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
  });
  client.on(Events.ShardResume, (shard) => log.info({ shard }, 'discord gateway resumed'));
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(o.token);
  await ready;

  async function send(channel: string, reply: Reply): Promise<void> {
    const { embeds, components } = renderMessage(reply, 'zh-CN');
    try {
      await client.rest.post(Routes.channelMessages(channel), { body: { embeds, components } });
    } catch (err) {
      if (err instanceof DiscordAPIError) throw new DeliveryError(String(err.code), PERMANENT_CODES.has(Number(err.code)) || err.status === 403 || err.status === 404, err.message);
      throw new DeliveryError((err as Error).name ?? 'error', false, (err as Error).message);
    }
  }

  const poster: Poster = {
    platform: 'discord',
    post: (target, reply) => send(target.channel, reply),
    async notify(target, reply) {
      const dm = (await client.rest.post(Routes.userChannels(), { body: { recipient_id: target.user } })) as { id: string };
      await send(dm.id, reply);
    },
  };

  return {
    client,
    poster,
    async stop() {
      await Promise.allSettled([...inFlight]);
      await client.destroy();
    },
  };
}
