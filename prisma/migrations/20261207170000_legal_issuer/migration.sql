-- The body that issued a cited legal document ("Chính phủ", "Ủy ban nhân dân tỉnh Ninh Bình"):
-- a citation carries it after the date (lib/council/legal.ts). Empty for a law of the National Assembly.
ALTER TABLE "LegalDocument" ADD COLUMN "issuer" TEXT;
