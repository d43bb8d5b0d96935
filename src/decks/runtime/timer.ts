/** The clock lives in the shared domain layer: one timer for slides and the follow-along view. */
export * from '../../domain/interval-clock.ts';
