"""The demo catalogue, as plain data.

Real OCOP specialties (the ones the seed documents name: chiếu cói Nga Sơn,
nem chua, bánh gai Tứ Trụ, nước mắm Ba Làng, chè lam Phủ Quảng; Quảng Trị's
coffee and pepper; and well-known products of other provinces) made by
FICTIONAL producers. The loader marks every producer and certificate as demo
data, numbers certificates ``DEMO-…`` and gives tax codes that cannot belong
to a real business, so nothing here can be mistaken for a real chủ thể OCOP.

Addresses use the provinces and communes in force since 1 July 2025
(official names, resolved to codes at load time). ``former_province`` names
the pre-2025 province whose UBND signed certificates issued before the
merger. Certificate dates are relative to the day the demo is loaded, so the
demo always shows a valid, an expiring, an expired, a suspended and a revoked
certificate.
"""
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Producer:
    key: str
    type: str  # Partner.ProducerType value: htx, tht, dn, hkd, hoi
    name: str  # the loader appends "(dữ liệu mẫu)"
    province: str  # official 2025 province code
    commune: str  # official 2025 commune/ward name in that province
    street: str
    description: str
    former_province: str = ""


@dataclass(frozen=True)
class Cert:
    """One certificate; stars and level follow from the score."""

    score: str
    months_ago: int = 0  # issued this many months before the load day
    expires_in_days: int | None = None  # instead: valid until load day + N
    status: str = "active"  # or "suspended" / "revoked", with a reason
    reason: str = ""


@dataclass(frozen=True)
class Product:
    title: str
    producer: str  # Producer.key
    group: str  # catalog.groups code
    description: str
    price: int | None  # whole đồng; None = listed without a price ("Liên hệ")
    stock: int = 0
    certificates: tuple = field(default_factory=tuple)


PRODUCERS = [
    # --- Thanh Hóa (38) -----------------------------------------------------
    Producer(
        "coi-nga-son", "htx", "HTX Chiếu cói Nga Sơn",
        "38", "Xã Nga Sơn", "Thôn 4",
        "Hợp tác xã của các hộ trồng cói và dệt chiếu trên vùng bãi bồi ven biển Nga Sơn.",
    ),
    Producer(
        "nem-hac-thanh", "dn", "Công ty TNHH Nem chua Hạc Thành",
        "38", "Phường Hạc Thành", "Khu phố 6",
        "Cơ sở làm nem chua theo công thức gia truyền của đất Thanh.",
    ),
    Producer(
        "banh-gai-tu-tru", "hkd", "Hộ kinh doanh Bánh gai làng Tứ Trụ",
        "38", "Xã Xuân Hòa", "Làng Tứ Trụ",
        "Hộ gia đình làm bánh gai ở làng Tứ Trụ, nơi có nghề bánh gai lâu đời.",
    ),
    Producer(
        "mam-ba-lang", "htx", "HTX Nước mắm truyền thống Ba Làng",
        "38", "Phường Tĩnh Gia", "Khu phố Ba Làng",
        "Hợp tác xã của các hộ làm nước mắm và mắm tép ở làng chài Ba Làng.",
    ),
    Producer(
        "che-lam-phu-quang", "hkd", "Hộ kinh doanh Chè lam Phủ Quảng",
        "38", "Xã Vĩnh Lộc", "Thôn 2",
        "Hộ gia đình nấu chè lam theo cách làm truyền thống của vùng Phủ Quảng.",
    ),
    Producer(
        "may-tre-hoang-thinh", "tht", "Tổ hợp tác Mây tre đan Hoằng Thịnh",
        "38", "Xã Hoằng Lộc", "Thôn 3",
        "Tổ hợp tác của các thợ đan mây tre làng nghề Hoằng Thịnh.",
    ),
    Producer(
        "tho-cam-cam-luong", "htx", "HTX Dệt thổ cẩm Cẩm Lương",
        "38", "Xã Cẩm Tú", "Thôn 1",
        "Hợp tác xã giữ nghề dệt thổ cẩm của đồng bào Mường ở Cẩm Lương.",
    ),
    Producer(
        "pu-luong", "tht", "Tổ hợp tác Du lịch cộng đồng Pù Luông",
        "38", "Xã Pù Luông", "Bản Đôn",
        "Các hộ làm homestay và dẫn đường trong Khu bảo tồn thiên nhiên Pù Luông.",
    ),
    # --- Quảng Trị (44), including former Quảng Bình ------------------------
    Producer(
        "khe-sanh", "dn", "Công ty TNHH Cà phê Cao nguyên Khe Sanh",
        "44", "Xã Khe Sanh", "Thôn 2",
        "Doanh nghiệp thu mua, sơ chế và rang cà phê của nông hộ Hướng Hóa.",
    ),
    Producer(
        "tieu-cua", "htx", "HTX Hồ tiêu Cùa",
        "44", "Xã Cam Lộ", "Thôn 5",
        "Hợp tác xã của các hộ trồng hồ tiêu trên vùng đất đỏ bazan Cùa.",
    ),
    Producer(
        "tieu-vinh-linh", "htx", "HTX Hồ tiêu Vĩnh Linh",
        "44", "Xã Vĩnh Hoàng", "Thôn 1",
        "Hợp tác xã trồng và sơ chế hồ tiêu trên đất đỏ bazan Vĩnh Linh.",
    ),
    Producer(
        "gao-trieu-phong", "htx", "HTX Lúa gạo hữu cơ Triệu Phong",
        "44", "Xã Triệu Phong", "Thôn 3",
        "Hợp tác xã liên kết nông hộ sản xuất lúa theo quy trình hữu cơ.",
    ),
    Producer(
        "khoai-deo", "hkd", "Hộ kinh doanh Khoai deo Hải Ninh",
        "44", "Xã Ninh Châu", "Thôn 6",
        "Hộ gia đình làm khoai deo từ khoai lang trồng trên đất cát ven biển.",
        former_province="Quảng Bình",
    ),
    Producer(
        "mam-bao-ninh", "dn", "Công ty TNHH Nước mắm Bảo Ninh",
        "44", "Phường Đồng Hới", "Thôn 3",
        "Cơ sở chế biến nước mắm cá cơm của làng biển Bảo Ninh.",
        former_province="Quảng Bình",
    ),
    Producer(
        "pako", "tht", "Tổ hợp tác Dệt thổ cẩm Pa Kô",
        "44", "Xã Tà Rụt", "Thôn 1",
        "Tổ hợp tác của phụ nữ Pa Kô giữ nghề dệt khung đeo lưng truyền thống.",
    ),
    Producer(
        "phong-nha", "hoi", "Hội Du lịch cộng đồng Phong Nha",
        "44", "Xã Phong Nha", "Thôn 1",
        "Hội các hộ làm du lịch cộng đồng quanh Vườn quốc gia Phong Nha – Kẻ Bàng.",
        former_province="Quảng Bình",
    ),
    # --- Thành phố Huế (46) -------------------------------------------------
    Producer(
        "me-xung", "dn", "Công ty CP Mè xửng Thuận Hóa",
        "46", "Phường Thuận Hóa", "Tổ dân phố 3",
        "Cơ sở sản xuất mè xửng và kẹo truyền thống xứ Huế.",
    ),
    Producer(
        "non-la", "tht", "Tổ hợp tác Nón lá Phú Hồ",
        "46", "Xã Phú Hồ", "Làng Tây Hồ",
        "Tổ hợp tác của các nghệ nhân chằm nón ở làng nón Tây Hồ.",
    ),
    Producer(
        "huong-thuy-xuan", "hkd", "Hộ kinh doanh Hương trầm Thủy Xuân",
        "46", "Phường Thủy Xuân", "Làng hương Thủy Xuân",
        "Hộ gia đình se hương thủ công ở làng hương Thủy Xuân.",
    ),
    Producer(
        "dau-tram", "htx", "HTX Dầu tràm Phú Lộc",
        "46", "Xã Phú Lộc", "Thôn 2",
        "Hợp tác xã trồng tràm gió và chưng cất dầu tràm.",
    ),
    Producer(
        "tra-cung-dinh", "dn", "Công ty TNHH Trà cung đình Phú Xuân",
        "46", "Phường Phú Xuân", "Tổ dân phố 1",
        "Cơ sở phối trộn trà thảo mộc theo công thức trà cung đình Huế.",
    ),
    Producer(
        "phuoc-tich", "hoi", "Chi hội Du lịch làng cổ Phước Tích",
        "46", "Phường Phong Dinh", "Làng Phước Tích",
        "Chi hội của người dân làm du lịch ở làng cổ Phước Tích.",
    ),
    # --- Hà Tĩnh (42) -------------------------------------------------------
    Producer(
        "cu-do", "dn", "Công ty TNHH Kẹo cu đơ Thành Sen",
        "42", "Phường Thành Sen", "Tổ dân phố 4",
        "Cơ sở làm kẹo cu đơ và đặc sản Hà Tĩnh.",
    ),
    Producer(
        "cam-huong-son", "htx", "HTX Cam bù Hương Sơn",
        "42", "Xã Sơn Kim 1", "Thôn 3",
        "Hợp tác xã của các hộ trồng cam bù trên vùng đồi Hương Sơn.",
    ),
    Producer(
        "nhung-huou", "htx", "HTX Chăn nuôi hươu Hương Sơn",
        "42", "Xã Hương Sơn", "Thôn 7",
        "Hợp tác xã của các hộ nuôi hươu sao lấy nhung.",
    ),
    # --- Nghệ An (40) -------------------------------------------------------
    Producer(
        "tuong-nam-dan", "hkd", "Hộ kinh doanh Tương Nam Đàn",
        "40", "Xã Nam Đàn", "Xóm 2",
        "Hộ gia đình làm tương theo cách truyền thống của người Nam Đàn.",
    ),
    Producer(
        "che-thanh-chuong", "htx", "HTX Chè xanh Thanh Chương",
        "40", "Xã Hạnh Lâm", "Thôn 4",
        "Hợp tác xã trồng và chế biến chè búp trên đồi chè Thanh Chương.",
    ),
    # --- Thành phố Hà Nội (01) ----------------------------------------------
    Producer(
        "bat-trang", "dn", "Công ty TNHH Gốm men lam Bát Tràng",
        "01", "Xã Bát Tràng", "Thôn Giang Cao",
        "Xưởng gốm gia đình ở làng gốm Bát Tràng.",
    ),
    Producer(
        "lua-van-phuc", "htx", "HTX Dệt lụa Vạn Phúc",
        "01", "Phường Hà Đông", "Làng lụa Vạn Phúc",
        "Hợp tác xã của các hộ dệt lụa tơ tằm ở làng Vạn Phúc.",
    ),
    Producer(
        "com-vong", "hkd", "Hộ kinh doanh Cốm làng Vòng",
        "01", "Phường Cầu Giấy", "Làng Vòng",
        "Hộ gia đình làm cốm thủ công ở làng Vòng.",
    ),
    Producer(
        "dao-nhat-tan", "htx", "HTX Hoa đào Nhật Tân",
        "01", "Phường Tây Hồ", "Làng đào Nhật Tân",
        "Hợp tác xã của các nhà vườn trồng đào thế ở Nhật Tân.",
    ),
    Producer(
        "quat-tu-lien", "hkd", "Hộ kinh doanh Quất cảnh Tứ Liên",
        "01", "Phường Tây Hồ", "Làng quất Tứ Liên",
        "Nhà vườn trồng quất cảnh bên bãi sông Hồng.",
    ),
    # --- Lâm Đồng (68) ------------------------------------------------------
    Producer(
        "cau-dat", "dn", "Công ty TNHH Cà phê Cầu Đất",
        "68", "Phường Xuân Trường - Đà Lạt", "Thôn 3",
        "Doanh nghiệp chế biến và rang cà phê Arabica vùng Cầu Đất.",
    ),
    Producer(
        "atiso", "htx", "HTX Atiso Lang Biang",
        "68", "Phường Lang Biang - Đà Lạt", "Tổ dân phố 2",
        "Hợp tác xã trồng và chế biến atiso Đà Lạt.",
    ),
    Producer(
        "lan-da-lat", "dn", "Công ty TNHH Lan hồ điệp Cam Ly",
        "68", "Phường Cam Ly - Đà Lạt", "Tổ dân phố 5",
        "Nhà vườn nhân giống và trồng lan hồ điệp trong nhà màng.",
    ),
    Producer(
        "cu-lan", "tht", "Tổ hợp tác Du lịch cộng đồng Lạc Dương",
        "68", "Xã Lạc Dương", "Làng Cù Lần",
        "Các hộ người K'Ho đón khách tham quan làng Cù Lần.",
    ),
    # --- An Giang (91), including former Kiên Giang -------------------------
    Producer(
        "thot-not", "htx", "HTX Đường thốt nốt Tri Tôn",
        "91", "Xã Tri Tôn", "Ấp 3",
        "Hợp tác xã của các hộ Khmer khai thác thốt nốt vùng Bảy Núi.",
    ),
    Producer(
        "mam-phu-quoc", "dn", "Công ty TNHH Nước mắm Đảo Ngọc",
        "91", "Đặc khu Phú Quốc", "Khu phố 2",
        "Nhà thùng ủ nước mắm cá cơm theo cách truyền thống của đảo.",
        former_province="Kiên Giang",
    ),
    # --- Sơn La (14) --------------------------------------------------------
    Producer(
        "ta-xua", "htx", "HTX Chè Shan tuyết Tà Xùa",
        "14", "Xã Tà Xùa", "Bản Tà Xùa",
        "Hợp tác xã của người Mông thu hái và sao chè Shan tuyết cổ thụ.",
    ),
    Producer(
        "hua-tat", "tht", "Tổ hợp tác Du lịch cộng đồng bản Hua Tạt",
        "14", "Xã Vân Hồ", "Bản Hua Tạt",
        "Các hộ người Mông làm homestay ở bản Hua Tạt.",
    ),
    Producer(
        "man-moc-chau", "htx", "HTX Mận hậu Mộc Châu",
        "14", "Phường Mộc Châu", "Tiểu khu 4",
        "Hợp tác xã trồng mận hậu và chế biến mận sấy trên cao nguyên Mộc Châu.",
    ),
]

FOOD, DRINK, HERBAL, CRAFT, ORNAMENTAL, TOURISM = (
    "thuc-pham", "do-uong", "duoc-lieu", "thu-cong-my-nghe", "sinh-vat-canh", "du-lich",
)

PRODUCTS = [
    # --- Thanh Hóa ----------------------------------------------------------
    Product(
        "Chiếu cói Nga Sơn dệt hoa (khổ 1,6 m)", "coi-nga-son", CRAFT,
        "Chiếu được dệt từ cói trồng trên vùng đất bãi bồi ven biển Nga Sơn; sợi cói được "
        "chẻ nhỏ, phơi khô và nhuộm màu trước khi dệt. Chiếu Nga Sơn nổi tiếng bền, mát và "
        "êm, hoa văn dệt trực tiếp trên mặt chiếu. Khổ 1,6 m × 2 m, dùng làm chiếu nằm hoặc "
        "quà biếu mang dấu ấn xứ Thanh.",
        450_000, 40, (Cert("92.00", months_ago=8),),
    ),
    Product(
        "Túi cói Nga Sơn đan tay", "coi-nga-son", CRAFT,
        "Túi xách đan thủ công từ cói Nga Sơn, quai và viền may chắc chắn, nhẹ và thoáng. "
        "Vì được đan tay nên hoa văn mỗi chiếc có thể khác nhau đôi chút. Hợp để đi chợ, "
        "đi biển hoặc làm quà tặng thân thiện với môi trường.",
        180_000, 60, (Cert("76.50", months_ago=14),),
    ),
    Product(
        "Nem chua Thanh Hóa (hộp 20 chiếc)", "nem-hac-thanh", FOOD,
        "Nem chua làm từ thịt lợn nạc tươi giã nhuyễn, trộn bì lợn thái sợi, thính gạo, tỏi, "
        "ớt, lót lá đinh lăng và gói trong lá chuối. Sau 3–4 ngày lên men tự nhiên, nem có vị "
        "chua dịu, giòn và thơm. Bảo quản mát, dùng trong vòng một tuần kể từ ngày sản xuất.",
        90_000, 120, (Cert("84.00", months_ago=5),),
    ),
    Product(
        "Bánh gai Tứ Trụ (hộp 10 chiếc)", "banh-gai-tu-tru", FOOD,
        "Bánh gai của làng Tứ Trụ, vỏ làm từ bột nếp trộn lá gai giã nhuyễn và mật mía, nhân "
        "đậu xanh, dừa nạo, mỡ lợn và vừng. Bánh gói trong lá chuối khô, vỏ đen óng, dẻo thơm. "
        "Tương truyền đây là thứ bánh từng được dâng tiến vua.",
        85_000, 80, (Cert("81.00", months_ago=22),),
    ),
    Product(
        "Nước mắm Ba Làng (chai 500 ml)", "mam-ba-lang", FOOD,
        "Nước mắm truyền thống của làng chài Ba Làng, ủ chượp từ cá cơm tươi với muối biển "
        "trong chum và bể gỗ từ 12 tháng trở lên. Nước mắm màu cánh gián, thơm đặc trưng, vị "
        "đạm ngọt hậu. Không dùng chất bảo quản hay phẩm màu.",
        95_000, 150,
        # A renewal: the first certificate has lapsed, the new one (upgraded
        # to five stars) keeps the product listed.
        (Cert("82.00", months_ago=38), Cert("91.50", months_ago=1)),
    ),
    Product(
        "Mắm tép Ba Làng (hũ 500 g)", "mam-ba-lang", FOOD,
        "Mắm tép làm từ tép biển tươi ướp muối, trộn thính và ủ chín theo cách truyền thống "
        "của làng Ba Làng. Mắm có màu hồng, vị mặn ngọt, thơm mùi thính. Thường dùng chưng "
        "với thịt ba chỉ, mỡ hành hoặc pha nước chấm.",
        70_000, 90, (Cert("72.00", months_ago=17),),
    ),
    Product(
        "Chè lam Phủ Quảng (hộp 300 g)", "che-lam-phu-quang", FOOD,
        "Chè lam làm từ gạo nếp rang giã thành bột, nấu với mật mía, gừng tươi và lạc rang "
        "theo công thức của vùng Phủ Quảng (Vĩnh Lộc). Bánh dẻo, ngọt thanh, thơm cay vị "
        "gừng. Ngon nhất khi dùng với chè xanh, hợp làm quà Tết.",
        60_000, 70, (Cert("68.50", months_ago=27),),
    ),
    Product(
        "Giỏ mây tre đan Hoằng Thịnh", "may-tre-hoang-thinh", CRAFT,
        "Giỏ đan thủ công từ mây và tre của làng nghề Hoằng Thịnh; nan được vót đều và xử lý "
        "chống mốc trước khi đan. Giỏ nhẹ, bền, dùng đựng đồ, trang trí hoặc làm giỏ quà. "
        "Mỗi chiếc làm bằng tay nên kích thước có thể chênh lệch nhỏ.",
        150_000, 45, (Cert("71.00", months_ago=30),),
    ),
    Product(
        "Khăn thổ cẩm Cẩm Lương", "tho-cam-cam-luong", CRAFT,
        "Khăn dệt trên khung dệt thủ công của đồng bào Mường ở Cẩm Lương, mang họa tiết hoa "
        "văn truyền thống. Sợi bông được nhuộm trước khi dệt nên mặt vải dày và bền màu. "
        "Dùng làm khăn quàng, khăn trải bàn hoặc quà tặng.",
        250_000, 30, (Cert("66.00", months_ago=12),),
    ),
    Product(
        "Du lịch cộng đồng Pù Luông (2 ngày 1 đêm)", "pu-luong", TOURISM,
        "Hai ngày ở bản Đôn trong Khu bảo tồn thiên nhiên Pù Luông: đi bộ qua ruộng bậc "
        "thang, ngắm guồng nước và nghỉ đêm trong nhà sàn của người dân bản địa. Giá cho một "
        "người, gồm người dẫn đường địa phương, các bữa ăn và một đêm homestay. Dịch vụ đặt "
        "trước, không giao hàng.",
        1_200_000, 20, (Cert("85.00", months_ago=10),),
    ),
    # --- Quảng Trị ----------------------------------------------------------
    Product(
        "Cà phê Arabica Khe Sanh rang xay (500 g)", "khe-sanh", DRINK,
        "Cà phê Arabica trồng trên đất đỏ bazan cao nguyên Khe Sanh, hái quả chín và sơ chế "
        "ướt. Hạt rang mộc ở mức vừa, hương thơm, hậu ngọt với chút chua thanh. Hợp pha phin, "
        "pha máy hoặc ủ lạnh.",
        160_000, 100, (Cert("90.50", months_ago=6),),
    ),
    Product(
        "Hồ tiêu Cùa (hũ 200 g)", "tieu-cua", FOOD,
        "Hạt tiêu đen trồng trên đất đỏ bazan vùng Cùa (Cam Lộ), hái khi chín và phơi nắng "
        "tự nhiên. Tiêu Cùa hạt chắc, cay nồng và thơm lâu. Dùng để ướp, kho hoặc làm gia vị "
        "chấm.",
        75_000, 110,
        # Lapses in under a month: the producer is due for its reminder.
        (Cert("78.00", expires_in_days=12),),
    ),
    Product(
        "Hồ tiêu đen Vĩnh Linh (túi 500 g)", "tieu-vinh-linh", FOOD,
        "Tiêu đen từ vùng đất đỏ bazan Vĩnh Linh, nơi cây hồ tiêu gắn bó với người dân từ lâu "
        "đời. Hạt được tuyển chọn, làm sạch và sấy khô, vị cay the, mùi thơm đặc trưng. Đóng "
        "túi zip giữ hương, tiện dùng trong bếp.",
        150_000, 75, (Cert("80.00", months_ago=19),),
    ),
    Product(
        "Gạo hữu cơ Triệu Phong (túi 5 kg)", "gao-trieu-phong", FOOD,
        "Gạo trồng theo quy trình hữu cơ trên cánh đồng Triệu Phong, không dùng phân bón hóa "
        "học và thuốc bảo vệ thực vật tổng hợp. Hạt gạo thon dài, cơm dẻo vừa và thơm nhẹ. "
        "Đóng túi hút chân không 5 kg.",
        150_000, 200, (Cert("73.50", months_ago=11),),
    ),
    Product(
        "Khoai deo Hải Ninh (túi 500 g)", "khoai-deo", FOOD,
        "Khoai deo làm từ khoai lang trồng trên đất cát ven biển Hải Ninh, luộc chín, thái lát "
        "rồi phơi nắng đến khi dẻo. Vị ngọt tự nhiên, không thêm đường. Ăn ngay hoặc hấp lại "
        "cho mềm.",
        90_000, 60,
        # Not renewed: the certificate lapsed four months ago.
        (Cert("67.00", months_ago=40),),
    ),
    Product(
        "Nước mắm Bảo Ninh (chai 500 ml)", "mam-bao-ninh", FOOD,
        "Nước mắm cá cơm ủ chượp truyền thống của làng biển Bảo Ninh bên sông Nhật Lệ. Cá "
        "tươi được ướp muối theo tỷ lệ gia truyền và ủ trong thùng gỗ khoảng một năm. Nước "
        "mắm trong, màu vàng rơm, vị mặn mà hậu ngọt.",
        110_000, 90, (Cert("79.00", months_ago=24),),
    ),
    Product(
        "Khăn thổ cẩm Pa Kô dệt cườm", "pako", CRAFT,
        "Khăn dệt tay của phụ nữ Pa Kô trên khung dệt đeo lưng truyền thống. Hoa văn hình học "
        "xen những hàng cườm dệt vào mặt vải theo lối riêng của người Pa Kô. Mỗi tấm khăn mất "
        "nhiều ngày dệt, hợp làm quà lưu niệm.",
        350_000, 15, (Cert("70.50", months_ago=9),),
    ),
    Product(
        "Một ngày làng quê Phong Nha", "phong-nha", TOURISM,
        "Một ngày cùng người dân quanh Vườn quốc gia Phong Nha – Kẻ Bàng: đạp xe qua làng, "
        "đi thuyền trên sông Son và học nấu món ăn địa phương. Giá cho một người, gồm người "
        "dẫn đường, xe đạp, thuyền và bữa trưa; chưa gồm vé tham quan hang động.",
        850_000, 25, (Cert("83.00", months_ago=13),),
    ),
    # --- Thành phố Huế ------------------------------------------------------
    Product(
        "Mè xửng Huế (hộp 250 g)", "me-xung", FOOD,
        "Mè xửng nấu từ mạch nha, đường, bột nếp và đậu phộng, phủ mè rang hai mặt rồi cắt "
        "miếng vuông. Kẹo dẻo, không dính răng, thơm bùi vị mè và đậu phộng. Mỗi miếng gói "
        "giấy riêng, là món quà quen thuộc của xứ Huế.",
        45_000, 160, (Cert("77.00", expires_in_days=26),),
    ),
    Product(
        "Nón lá bài thơ Phú Hồ", "non-la", CRAFT,
        "Nón chằm tay ở làng nón Tây Hồ: vành làm từ tre vót tròn, lá nón phơi sương, là "
        "phẳng rồi khâu bằng sợi cước mảnh. Giữa hai lớp lá lồng tranh và câu thơ, làm nên "
        "chiếc nón bài thơ của Huế. Nón nhẹ, che nắng mưa tốt.",
        120_000, 50, (Cert("75.00", months_ago=16),),
    ),
    Product(
        "Hương trầm Thủy Xuân (hộp 100 nén)", "huong-thuy-xuan", CRAFT,
        "Hương se thủ công ở làng hương Thủy Xuân, phủ bột trầm cùng quế, hồi và thảo mộc. "
        "Hương cháy đều, mùi thơm dịu, ít khói. Làng hương với những bó chân hương nhuộm màu "
        "phơi trước ngõ là điểm đến quen thuộc của du khách ở Huế.",
        70_000, 130, (Cert("69.00", months_ago=7),),
    ),
    Product(
        "Dầu tràm Phú Lộc (chai 100 ml)", "dau-tram", HERBAL,
        "Tinh dầu chưng cất hơi nước từ lá tràm gió trồng ở vùng Phú Lộc. Dầu tràm thường "
        "dùng xoa giữ ấm, phòng cảm lạnh và xua côn trùng. Không bôi lên mắt, niêm mạc hay "
        "vùng da bị tổn thương.",
        120_000, 140, (Cert("86.00", months_ago=3),),
    ),
    Product(
        "Trà cung đình Huế (hộp 300 g)", "tra-cung-dinh", HERBAL,
        "Trà thảo mộc phối theo công thức trà cung đình Huế, gồm hoa cúc, cỏ ngọt, táo đỏ, "
        "la hán quả, kỷ tử và một số vị thuốc nam. Nước trà vàng nhạt, vị ngọt thanh, thường "
        "dùng giải nhiệt. Sản phẩm không thay thế thuốc chữa bệnh.",
        95_000, 85, (Cert("74.00", months_ago=21),),
    ),
    Product(
        "Tham quan làng cổ Phước Tích (nửa ngày)", "phuoc-tich", TOURISM,
        "Tham quan làng cổ Phước Tích bên sông Ô Lâu, với những ngôi nhà rường trăm tuổi và "
        "nghề gốm truyền thống. Khách được thử nặn gốm, nghe kể chuyện làng và ăn bữa cơm "
        "quê. Giá tùy số người trong đoàn, vui lòng liên hệ để đặt lịch.",
        None, 0, (Cert("80.50", months_ago=15),),
    ),
    # --- Hà Tĩnh ------------------------------------------------------------
    Product(
        "Kẹo cu đơ Hà Tĩnh (hộp 500 g)", "cu-do", FOOD,
        "Kẹo cu đơ gồm nhân lạc rang trộn mật mía nấu với gừng, kẹp giữa hai lớp bánh đa mỏng "
        "nướng giòn. Kẹo ngọt đậm, thơm gừng, giòn bùi, là đặc sản quen thuộc của Hà Tĩnh. "
        "Ăn kèm chè xanh rất hợp.",
        65_000, 100,
        (Cert("71.50", months_ago=20, status="suspended",
              reason="Tạm đình chỉ để bổ sung hồ sơ ghi nhãn và truy xuất nguồn gốc."),),
    ),
    Product(
        "Cam bù Hương Sơn", "cam-huong-son", FOOD,
        "Cam bù trồng trên đồi vùng Hương Sơn, quả to, vỏ sần vàng cam khi chín, múi mọng "
        "nước. Vị ngọt đậm xen chua nhẹ, thơm đặc trưng. Mùa thu hoạch từ tháng 10 đến tháng "
        "2 năm sau; giá theo vụ, vui lòng liên hệ.",
        None, 0, (Cert("78.50", months_ago=4),),
    ),
    Product(
        "Nhung hươu Hương Sơn thái lát (hộp 100 g)", "nhung-huou", HERBAL,
        "Nhung từ đàn hươu sao nuôi ở Hương Sơn, vùng có truyền thống nuôi hươu lấy nhung lâu "
        "đời. Nhung được sơ chế, thái lát mỏng và sấy khô theo quy trình vệ sinh. Theo y học "
        "cổ truyền, nhung hươu dùng để bồi bổ; hỏi ý kiến thầy thuốc về cách dùng và liều "
        "lượng.",
        1_800_000, 12, (Cert("88.00", months_ago=18),),
    ),
    # --- Nghệ An ------------------------------------------------------------
    Product(
        "Tương Nam Đàn (chai 500 ml)", "tuong-nam-dan", FOOD,
        "Tương làm từ đậu nành rang, xôi nếp ủ mốc và muối, phơi nắng trong chum sành theo "
        "cách truyền thống của người Nam Đàn. Tương vàng sánh, vị ngọt bùi, thơm mùi đậu. "
        "Dùng chấm rau luộc, kho cá hoặc nấu các món om.",
        40_000, 150, (Cert("65.50", months_ago=26),),
    ),
    Product(
        "Chè xanh búp Thanh Chương (hộp 200 g)", "che-thanh-chuong", DRINK,
        "Chè búp hái một tôm hai lá trên đồi chè Thanh Chương, sao khô bằng chảo gang. Nước "
        "chè xanh vàng, vị chát dịu, hậu ngọt. Pha với nước khoảng 85–90 °C để giữ hương.",
        80_000, 120, (Cert("72.50", months_ago=2),),
    ),
    # --- Thành phố Hà Nội ---------------------------------------------------
    Product(
        "Bộ ấm chén gốm men lam Bát Tràng", "bat-trang", CRAFT,
        "Bộ gồm một ấm và sáu chén, tạo hình và vẽ tay họa tiết men lam, nung ở nhiệt độ cao "
        "tại làng gốm Bát Tràng. Gốm xương chắc, men bóng, dùng hằng ngày hoặc làm quà biếu. "
        "Mỗi bộ vẽ tay nên nét vẽ có thể khác nhau đôi chút.",
        650_000, 25, (Cert("93.00", months_ago=23),),
    ),
    Product(
        "Khăn lụa tơ tằm Vạn Phúc", "lua-van-phuc", CRAFT,
        "Khăn dệt từ tơ tằm tại làng lụa Vạn Phúc, làng nghề dệt có lịch sử hơn nghìn năm. "
        "Mặt lụa mềm mịn, hoa văn dệt chìm truyền thống. Giặt tay nhẹ bằng nước lạnh và phơi "
        "trong bóng râm.",
        380_000, 35, (Cert("87.50", months_ago=29),),
    ),
    Product(
        "Cốm làng Vòng (túi 500 g)", "com-vong", FOOD,
        "Cốm làm từ lúa nếp non rang và giã thủ công theo cách của làng Vòng, gói trong lá "
        "sen. Hạt cốm dẻo, xanh tự nhiên, thơm mùi lúa non. Ngon nhất vào mùa thu; nên dùng "
        "trong 2–3 ngày.",
        130_000, 40, (Cert("76.00", months_ago=1),),
    ),
    Product(
        "Đào thế Nhật Tân", "dao-nhat-tan", ORNAMENTAL,
        "Cây đào thế được trồng và tạo dáng nhiều năm ở làng đào Nhật Tân, giống đào bích "
        "cánh kép hồng thắm. Mỗi cây có dáng và số nụ riêng, được chăm để nở đúng dịp Tết. "
        "Giá tùy cây, vui lòng liên hệ để xem cây và hẹn giao.",
        None, 0, (Cert("82.50", months_ago=12),),
    ),
    Product(
        "Quất cảnh Tứ Liên", "quat-tu-lien", ORNAMENTAL,
        "Quất cảnh trồng chậu ở làng quất Tứ Liên bên sông Hồng: cây sai quả, tán tròn đều, "
        "lá xanh bóng. Quất được chăm để quả chín vàng đúng dịp Tết. Giá theo kích cỡ cây, "
        "vui lòng liên hệ.",
        None, 0, (Cert("70.00", months_ago=12),),
    ),
    # --- Lâm Đồng -----------------------------------------------------------
    Product(
        "Cà phê Arabica Cầu Đất (500 g)", "cau-dat", DRINK,
        "Cà phê Arabica trồng ở độ cao khoảng 1.500 m vùng Cầu Đất, nơi khí hậu mát quanh năm "
        "giúp quả chín chậm. Hạt được sơ chế và rang vừa, hương trái cây, vị chua thanh và "
        "hậu ngọt. Hợp pha máy, pha phễu hoặc pha phin.",
        220_000, 80, (Cert("89.00", months_ago=32),),
    ),
    Product(
        "Trà atiso Đà Lạt túi lọc (hộp 50 gói)", "atiso", HERBAL,
        "Trà túi lọc làm từ bông, thân và rễ atiso trồng ở Đà Lạt, sấy khô và nghiền nhỏ. "
        "Nước trà nâu nhạt, vị ngọt nhẹ, thường dùng để thanh nhiệt. Sản phẩm không phải là "
        "thuốc và không thay thế thuốc chữa bệnh.",
        85_000, 180, (Cert("73.00", months_ago=10),),
    ),
    Product(
        "Lan hồ điệp Đà Lạt (chậu 3 cành)", "lan-da-lat", ORNAMENTAL,
        "Lan hồ điệp nhân giống và chăm trong nhà màng ở Đà Lạt, cánh dày, hoa bền. Mỗi chậu "
        "ba cành; hoa giữ được một đến hai tháng nếu đặt nơi thoáng, tránh nắng gắt. Gửi xa "
        "được đóng thùng riêng.",
        650_000, 30, (Cert("77.50", months_ago=6),),
    ),
    Product(
        "Một ngày ở làng Cù Lần", "cu-lan", TOURISM,
        "Một ngày ở làng Cù Lần dưới chân núi Lang Biang: đi bộ qua rừng thông, thăm suối và "
        "tìm hiểu nếp sống, văn hóa cồng chiêng của người K'Ho. Giá cho một người, gồm xe đưa "
        "đón từ Đà Lạt, người dẫn đường và bữa trưa. Dịch vụ đặt trước.",
        550_000, 30, (Cert("74.50", months_ago=28),),
    ),
    # --- An Giang -----------------------------------------------------------
    Product(
        "Đường thốt nốt Tri Tôn (túi 1 kg)", "thot-not", FOOD,
        "Đường nấu từ nước thốt nốt do người Khmer vùng Bảy Núi trèo cây lấy mỗi sáng, cô đặc "
        "trên bếp củi. Đường màu vàng nâu, ngọt thanh, thơm đặc trưng. Dùng pha chế, làm "
        "bánh, nấu chè hoặc kho.",
        80_000, 130, (Cert("70.50", months_ago=25),),
    ),
    Product(
        "Nước mắm Phú Quốc (chai 500 ml)", "mam-phu-quoc", FOOD,
        "Nước mắm ủ từ cá cơm đánh bắt ở vùng biển Phú Quốc với muối, trong thùng gỗ lớn "
        "theo cách truyền thống của đảo. Nước mắm màu cánh gián, thơm và đậm đà. Nước mắm Phú "
        "Quốc là tên gọi được bảo hộ chỉ dẫn địa lý.",
        120_000, 110, (Cert("91.00", months_ago=31),),
    ),
    # --- Sơn La -------------------------------------------------------------
    Product(
        "Chè Shan tuyết Tà Xùa (hộp 200 g)", "ta-xua", DRINK,
        "Chè hái từ những cây chè Shan tuyết cổ thụ trên núi Tà Xùa, ở độ cao trên 1.500 m, "
        "do người Mông thu hái và sao thủ công. Búp chè phủ lông tơ trắng, nước pha vàng sáng, "
        "vị chát nhẹ và hậu ngọt sâu; pha được nhiều nước mà vẫn giữ hương.",
        250_000, 50, (Cert("90.00", months_ago=15),),
    ),
    Product(
        "Homestay bản Hua Tạt (2 ngày 1 đêm)", "hua-tat", TOURISM,
        "Hai ngày ở bản Hua Tạt của người Mông: nghỉ trong nhà truyền thống, đi bộ khám phá "
        "núi rừng quanh bản, học làm bánh dày và dệt vải lanh. Giá cho một người, gồm chỗ "
        "nghỉ, các bữa ăn và người dẫn đường trong bản. Dịch vụ đặt trước.",
        700_000, 20, (Cert("71.50", months_ago=4),),
    ),
    Product(
        "Mận hậu Mộc Châu sấy dẻo (túi 500 g)", "man-moc-chau", FOOD,
        "Mận hậu trồng trên cao nguyên Mộc Châu, hái lúc chín và sấy dẻo ở nhiệt độ thấp để "
        "giữ màu và vị. Miếng mận mềm, chua ngọt hài hòa. Ăn trực tiếp hoặc làm quà.",
        110_000, 70,
        (Cert("74.00", months_ago=14, status="revoked",
              reason="Thu hồi sau kiểm tra: sản phẩm không duy trì chỉ tiêu chất lượng đã "
                     "công bố."),),
    ),
]
