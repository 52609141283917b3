export declare function findDebianChromium(): string | null;
export declare function findChromium(): Promise<string | null>;
