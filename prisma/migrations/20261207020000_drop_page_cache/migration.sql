-- The page cache was removed (docs/PERFORMANCE.md, "The page cache: removed"): its record of draft saves goes with it.
-- DropTable
DROP TABLE "PageCacheWrite";
