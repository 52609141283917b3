/** The SQL of the next migration, or null when the schema matches the migrations. */
export function diffMigrationsToSchema(options: { migrationsDir: string; schemaPath: string }): Promise<string | null>;
