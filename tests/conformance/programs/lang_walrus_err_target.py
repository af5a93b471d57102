# Only a plain name can be the target of :=.
class Box:
    pass


box = Box()
if (box.value := 3) > 2:
    print(box.value)
