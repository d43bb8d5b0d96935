/**
 * Short tones at each change of the interval timer, so a class hears "work" and "rest" without
 * looking. Made with WebAudio (no sound files to load); muted with M on a deck, a button on the phone.
 */

let context: AudioContext | undefined;
let muted = false;

/** Call from a key press: browsers only allow sound after the user did something. */
export function unlockSound(): void {
  try {
    context ??= new AudioContext();
    void context.resume();
  } catch {
    context = undefined; // no sound on this browser; the timer still shows everything
  }
}

export function toggleMute(): boolean {
  muted = !muted;
  return muted;
}

/** A tone: high for work, low for rest, short for the last seconds. */
export function beep(frequency: number, seconds = 0.25): void {
  if (muted || !context) return;
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.frequency.value = frequency;
  gain.gain.setValueAtTime(0.3, context.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + seconds);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start();
  oscillator.stop(context.currentTime + seconds);
}

/** Sets the sound on or off (the follow-along view keeps the runner's choice). */
export function setMuted(value: boolean): void {
  muted = value;
}
