/**
 * The event types Connect's runner knows, by the task category the platform delivers them in
 * (connect-extension-runner constants: BACKGROUND_EVENT_TYPES / INTERACTIVE_EVENT_TYPES).
 */
export const BACKGROUND_EVENT_TYPES = [
  'asset_purchase_request_processing',
  'asset_change_request_processing',
  'asset_suspend_request_processing',
  'asset_resume_request_processing',
  'asset_cancel_request_processing',
  'asset_adjustment_request_processing',
  'tier_config_setup_request_processing',
  'tier_config_change_request_processing',
  'tier_config_adjustment_request_processing',
  'listing_new_request_processing',
  'listing_remove_request_processing',
  'tier_account_update_request_processing',
  'usage_file_request_processing',
  'part_usage_file_request_processing',
] as const;

export const INTERACTIVE_EVENT_TYPES = [
  'asset_purchase_request_validation',
  'asset_change_request_validation',
  'tier_config_setup_request_validation',
  'tier_config_change_request_validation',
  'product_action_execution',
  'product_custom_event_processing',
] as const;

/** Interactive events whose caller is an HTTP client: a crash still owes it an HTTP answer (400). */
export const HTTP_INTERACTIVE_EVENT_TYPES: readonly string[] = ['product_action_execution', 'product_custom_event_processing'];

export type BackgroundEventType = (typeof BACKGROUND_EVENT_TYPES)[number];
export type InteractiveEventType = (typeof INTERACTIVE_EVENT_TYPES)[number];

/** The category Connect uses for a known event type, or null for a type this runner does not know. */
export function categoryOfEventType(eventType: string): 'background' | 'interactive' | null {
  if ((BACKGROUND_EVENT_TYPES as readonly string[]).includes(eventType)) return 'background';
  if ((INTERACTIVE_EVENT_TYPES as readonly string[]).includes(eventType)) return 'interactive';
  return null;
}
