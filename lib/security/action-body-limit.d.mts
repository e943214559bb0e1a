/** The largest server action body the shop accepts, in bytes (64 kB). */
export declare const ACTION_BODY_LIMIT_BYTES: number;
