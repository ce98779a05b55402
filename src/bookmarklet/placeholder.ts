/**
 * Stands, in the built bookmarklet, for the Clipper page's address; the
 * install page replaces it by the address with the CRM configuration.
 */
export const clipPagePlaceholder = "__CRM_CLIPPER_PAGE_URL__";
