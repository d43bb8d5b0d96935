/**
 * Keeps the slide window and the presenter window in step. It must work from a file on a USB stick
 * (file://, no server), where windows have an opaque origin: so messages go straight to the other
 * window with postMessage (the presenter's opener, the window we opened, or whoever wrote to us
 * last), and also over a BroadcastChannel where the browser allows one. Each message is delivered
 * once, whichever way it arrived first.
 */

/** What the presenter window asks the slide window to do. */
export type Command = 'toggle' | 'pause' | 'close' | 'restart' | 'blackout' | 'whiteout';

/** The coach's choices for class mode, set in either window. */
export interface ClassSettings {
  /** At the end of an exercise, start the next one's timer too (a circuit always does). */
  readonly carryOn: boolean;
  /** Seconds to get ready before an exercise's timer (or a circuit) starts. */
  readonly getReady: number;
}

/** What the slide window shows, for the presenter window. */
export interface ShowState {
  readonly timer: TimerShown | null;
  readonly settings: ClassSettings;
  readonly blackout: boolean;
  /** W: the class sees a white screen (to write on a board in front of it, say). */
  readonly whiteout: boolean;
}

/** What the two windows say to each other. */
export type Message =
  | { readonly type: 'hello' }
  | { readonly type: 'slide'; readonly index: number }
  | { readonly type: 'command'; readonly action: Command }
  | { readonly type: 'settings'; readonly settings: Partial<ClassSettings> }
  | { readonly type: 'state'; readonly state: ShowState };

/** The timer as the presenter window shows it. */
export interface TimerShown {
  readonly slide: number;
  readonly label: string;
  readonly clock: string;
  readonly detail: string;
  /** "Next: rest 0:20", or "" for the last interval. */
  readonly next: string;
  readonly running: boolean;
}

interface Envelope {
  readonly rp: 'routine-press-deck';
  readonly deck: string;
  readonly from: string;
  readonly seq: number;
  readonly body: Message;
}

export interface Channel {
  send(message: Message): void;
  /** A window to write to directly, e.g. the presenter window we just opened. */
  addPeer(peer: Window): void;
}

function isEnvelope(data: unknown, deck: string): data is Envelope {
  if (typeof data !== 'object' || data === null) return false;
  const e = data as Partial<Envelope>;
  return e.rp === 'routine-press-deck' && e.deck === deck && typeof e.from === 'string';
}

export function openChannel(deck: string, receive: (message: Message) => void): Channel {
  const me = Math.random().toString(36).slice(2);
  let seq = 0;
  const seen = new Set<string>();
  const peers = new Set<Window>();
  if (window.opener) peers.add(window.opener as Window);
  let broadcast: BroadcastChannel | undefined;
  try {
    broadcast = new BroadcastChannel(`routine-press-deck:${deck}`);
  } catch {
    broadcast = undefined; // Some browsers refuse it for file:// pages; postMessage still works.
  }

  const accept = (data: unknown, source: MessageEventSource | null) => {
    if (!isEnvelope(data, deck) || data.from === me) return;
    if (source && 'postMessage' in source && source !== window) peers.add(source as Window);
    const key = `${data.from}:${data.seq}`;
    if (seen.has(key)) return;
    seen.add(key);
    receive(data.body);
  };
  window.addEventListener('message', (event) => accept(event.data, event.source));
  broadcast?.addEventListener('message', (event) => accept(event.data, null));

  return {
    send(body) {
      const envelope: Envelope = { rp: 'routine-press-deck', deck, from: me, seq: ++seq, body };
      for (const peer of [...peers]) {
        if (peer.closed) peers.delete(peer);
        // A file:// page has an opaque origin, so "*" is the only target that reaches it. The
        // messages carry slide numbers, timer commands and settings only.
        else peer.postMessage(envelope, '*');
      }
      broadcast?.postMessage(envelope);
    },
    addPeer: (peer) => peers.add(peer),
  };
}
