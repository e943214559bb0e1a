export declare function htmlWithoutQuery(html: string): string;
export declare function stripRequestQuery(value: unknown): void;
