import 'server-only';

/*
 * What the shop does with orders, wired to the configured provider, database and payment provider:
 * the only door of lib/orders for actions, pages and routes. The functions they wire (placeOrder,
 * payOrder, refreshOrderStage, settleOrder, …) take their dependencies and are what the tests use.
 */
export { placePreOrder, type PreOrderOutcome } from '@/lib/orders/place-pre-order';
export { payWithCard, type CardPaymentOutcome } from '@/lib/orders/pay-with-card';
export {
  finishPayPalPayment,
  paymentOptions,
  reportPayPalCapture,
  startPayPalPayment,
  type BrowserCapture,
  type PaymentOptions,
  type PayPalCheckout,
  type PayPalOutcome,
} from '@/lib/orders/paypal-checkout';
export { readOrderPage, readOrderStatus, type OrderPage } from '@/lib/orders/order-page';
export { listMyOrders, readMyEsim, type MyEsim, type MyOrder } from '@/lib/orders/my-esims';
export { listStaffOrders, readStaffOrder, type StaffOrder, type StaffOrders } from '@/lib/orders/staff-orders';
export { orderRules } from '@/lib/orders/order-rules';
export { emailOrderLink, resendEsim } from '@/lib/orders/ask-for-mail';
export { canPay, shouldPoll, type OrderStage } from '@/lib/orders/order-stage';
export type { OrderRequest, Refusal } from '@/lib/orders/place-order';
export { isOrderRef, newIdempotencyKey, type OrderRecord } from '@/lib/store/records';
