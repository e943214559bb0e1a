/** The attributes DestinationList marks its items and groups with, and DestinationFilter looks for. */
export const ITEM_SEARCH_ATTRIBUTE = 'data-search';
export const GROUP_ATTRIBUTE = 'data-destination-group';
