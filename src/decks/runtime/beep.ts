/** The tones live in the shared domain layer, for slides and the follow-along view. */
export * from '../../domain/beep.ts';
