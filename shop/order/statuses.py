"""Order and line statuses, and the moves allowed between them.

An order is paid for as a whole (cash on delivery, a bank transfer), while
each producer ships its own lines, so the order pipeline is about payment
and the line pipeline about delivery. The values are what Oscar stores and
shows in the dashboard.
"""
# Order statuses (payment).
NEW = "Mới"
AWAITING_TRANSFER = "Chờ chuyển khoản"
AWAITING_CARD = "Chờ xác thực thẻ"
PAID = "Đã thanh toán"
COMPLETED = "Hoàn tất"
CANCELLED = "Đã hủy"

ORDER_PIPELINE = {
    NEW: (COMPLETED, CANCELLED),
    AWAITING_TRANSFER: (PAID, CANCELLED),
    AWAITING_CARD: (PAID, CANCELLED),
    PAID: (COMPLETED, CANCELLED),
    COMPLETED: (),
    CANCELLED: (),
}

# Line statuses (each producer's delivery).
TO_SHIP = "Chờ gửi hàng"
SHIPPED = "Đã gửi hàng"
DELIVERED = "Đã giao"
LINE_CANCELLED = "Đã hủy"

# Bookings (tourism services, nothing shipped): the producer confirms or
# declines (từ chối) the date, then the visit takes place or is cancelled.
AWAITING_CONFIRMATION = "Chờ xác nhận"
CONFIRMED = "Đã xác nhận"
DECLINED = "Đã từ chối"
USED = "Đã sử dụng"

LINE_PIPELINE = {
    TO_SHIP: (SHIPPED, LINE_CANCELLED),
    SHIPPED: (DELIVERED, LINE_CANCELLED),
    DELIVERED: (),
    LINE_CANCELLED: (),
    AWAITING_CONFIRMATION: (CONFIRMED, DECLINED),
    CONFIRMED: (USED, LINE_CANCELLED),
    DECLINED: (),
    USED: (),
}
