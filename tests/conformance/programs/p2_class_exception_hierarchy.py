# catching user exceptions by base class, order of except clauses
class ShopError(Exception):
    pass

class OutOfStock(ShopError):
    pass

class PaymentError(ShopError):
    def __init__(self, amount):
        super().__init__("payment of " + str(amount) + " declined")
        self.amount = amount

class CardExpired(PaymentError):
    pass

def order(kind):
    if kind == "stock":
        raise OutOfStock("no more widgets")
    if kind == "pay":
        raise PaymentError(30)
    if kind == "expired":
        raise CardExpired(75)
    if kind == "other":
        raise ValueError("not a shop error")
    return "order placed"

for kind in ["ok", "stock", "pay", "expired", "other"]:
    try:
        print(kind, "->", order(kind))
    except PaymentError as e:
        print(kind, "-> payment problem:", e, "| amount", e.amount, "|", type(e).__name__)
    except ShopError as e:
        print(kind, "-> shop problem:", e)
    except Exception as e:
        print(kind, "-> other:", type(e).__name__, e)

print([issubclass(CardExpired, c) for c in (PaymentError, ShopError, Exception, OutOfStock)])

# re-raise as a different user exception with a cause
class OrderFailed(Exception):
    pass

try:
    try:
        order("expired")
    except ShopError as e:
        raise OrderFailed("order failed") from e
except OrderFailed as e:
    print(e, "| caused by", type(e.__cause__).__name__, e.__cause__)
